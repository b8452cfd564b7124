<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Filter by key, project or change… (Ctrl+F)</source>
        <translation>Filtrar por clave, proyecto o cambio… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every limit change, new or deleted key, label and expiry change made here is recorded on this page, with its result.</source>
        <translation>Todavía no hay cambios. Cada cambio de límite, clave creada o eliminada y cambio de etiquetas o de caducidad que haga aquí queda registrado en esta página, con su resultado.</translation>
    </message>
    <message>
        <source>The activity log is not available in this session.</source>
        <translation>El registro de actividad no está disponible en esta sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changes</source>
        <translation>
            <numerusform>%1 de %n cambio</numerusform>
            <numerusform>%1 de %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>%n new spending alerts. Latest: %1</source>
        <translation>
            <numerusform>%n nueva alerta de gasto. La más reciente: %1</numerusform>
            <numerusform>%n nuevas alertas de gasto. La más reciente: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show the alerts page</source>
        <translation>Mostrar la página de alertas</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
</context>
<context>
    <name>AlertSubject</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation>%1 de %2 este mes</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 este mes</translation>
    </message>
    <message numerus="yes">
        <source>%n keys at their limit</source>
        <translation>
            <numerusform>%n clave en su límite</numerusform>
            <numerusform>%n claves en su límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys over %1 %</source>
        <translation>
            <numerusform>%n clave por encima del %1 %</numerusform>
            <numerusform>%n claves por encima del %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects at their limit</source>
        <translation>
            <numerusform>%n proyecto en su límite</numerusform>
            <numerusform>%n proyectos en su límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects over %1 %</source>
        <translation>
            <numerusform>%n proyecto por encima del %1 %</numerusform>
            <numerusform>%n proyectos por encima del %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected to exceed</source>
        <translation>
            <numerusform>%n superará previsiblemente</numerusform>
            <numerusform>%n superarán previsiblemente</numerusform>
        </translation>
    </message>
    <message>
        <source>balance below the floor</source>
        <translation>saldo por debajo del mínimo</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Confirmar todas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Mute alerts for it</source>
        <translation>Silenciar sus alertas</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrarlo</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Open the key or project this alert is about</source>
        <translation>Abrir la clave o el proyecto de esta alerta</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Durante 1 día</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until the monthly reset</source>
        <translation>Hasta el reinicio mensual</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>No tray messages for the selected alert&apos;s key or project for a while</source>
        <translation>Sin avisos en la bandeja durante un tiempo para la clave o el proyecto de la alerta seleccionada</translation>
    </message>
    <message>
        <source>No alerts so far. You are told here and in the tray when a key or project reaches 50, 80, 90 or 100 % of its limit, or is projected to go over.</source>
        <translation>Todavía no hay alertas. Se le avisa aquí y en la bandeja cuando una clave o un proyecto alcanza el 50, 80, 90 o 100 % de su límite, o cuando se prevé que lo supere.</translation>
    </message>
    <message>
        <source>Alerts are not available in this session.</source>
        <translation>Las alertas no están disponibles en esta sesión.</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Sin alertas</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n sin confirmar</numerusform>
            <numerusform>%n sin confirmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The system keychain refused access to the management key: unlock it and try again.</source>
        <translation>El llavero del sistema ha denegado el acceso a la clave de gestión: desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot reach the system keychain (no D-Bus session): start a desktop session with a keyring, or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>No se puede acceder al llavero del sistema (no hay sesión de D-Bus): inicie una sesión de escritorio con un llavero o defina SPENDBOARD_API_KEY para el uso sin interfaz.</translation>
    </message>
    <message>
        <source>No system keychain is available: install and start one (for example GNOME Keyring or KWallet), or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>No hay ningún llavero del sistema disponible: instale e inicie uno (por ejemplo, GNOME Keyring o KWallet) o defina SPENDBOARD_API_KEY para el uso sin interfaz.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: check your connection.</source>
        <translation>No se puede acceder al servidor: compruebe su conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid; the connection was refused.</source>
        <translation>El certificado de seguridad del servidor no es válido; se ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The server redirected to another address; Spendboard refused to send the key there.</source>
        <translation>El servidor ha redirigido a otra dirección; Spendboard se ha negado a enviar la clave allí.</translation>
    </message>
    <message>
        <source>Refusing to send the key over an unencrypted connection: use https://.</source>
        <translation>No se enviará la clave por una conexión sin cifrar: use https://.</translation>
    </message>
    <message>
        <source>The key was rejected: check it in Settings.</source>
        <translation>La clave ha sido rechazada: compruébela en la configuración.</translation>
    </message>
    <message>
        <source>The organization is out of credit: top up in the Requesty console.</source>
        <translation>La organización se ha quedado sin crédito: recárguelo en la consola de Requesty.</translation>
    </message>
    <message>
        <source>It no longer exists on the server: it may have been deleted elsewhere.</source>
        <translation>Ya no existe en el servidor: puede que se haya eliminado desde otro lugar.</translation>
    </message>
    <message>
        <source>It was changed on the server since you opened it: review the current value and try again.</source>
        <translation>Se ha cambiado en el servidor desde que lo abrió: revise el valor actual y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: Spendboard will try again in %n s.</source>
        <translation>
            <numerusform>El servidor está ocupado: Spendboard volverá a intentarlo en %n s.</numerusform>
            <numerusform>El servidor está ocupado: Spendboard volverá a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy: Spendboard will try again shortly.</source>
        <translation>El servidor está ocupado: Spendboard volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La solicitud no es válida.</translation>
    </message>
    <message>
        <source>The request is not valid: %1.</source>
        <translation>La solicitud no es válida: %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>El servidor ha rechazado la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor ha rechazado la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read (%1).</source>
        <translation>El servidor ha enviado datos que Spendboard no ha podido leer (%1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read.</source>
        <translation>El servidor ha enviado datos que Spendboard no ha podido leer.</translation>
    </message>
    <message>
        <source>No management key is stored for this profile.</source>
        <translation>No hay ninguna clave de gestión guardada para este perfil.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <source>This key may not do that: it may have been revoked, or it lacks the management permission (read to view, write to change). Check the key in Settings.</source>
        <translation>Esta clave no puede hacer eso: puede que se haya revocado o que le falte el permiso de gestión (lectura para ver, escritura para cambiar). Compruebe la clave en Ajustes.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); this is usually temporary.</source>
        <translation>El servidor tuvo un problema (HTTP %1); suele ser temporal.</translation>
    </message>
    <message>
        <source>The server had a problem; this is usually temporary.</source>
        <translation>El servidor tuvo un problema; suele ser temporal.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <source>Spend this month as a share of the key&apos;s own monthly limit</source>
        <translation>Gasto de este mes respecto al límite mensual propio de la clave</translation>
    </message>
    <message>
        <source>Expected spend at the end of the month at the recent pace</source>
        <translation>Gasto previsto a final de mes al ritmo reciente</translation>
    </message>
    <message>
        <source>What the key can still spend this month: the smaller of its own and its project&apos;s remaining limit</source>
        <translation>Lo que la clave aún puede gastar este mes: el menor de lo que queda de su propio límite y del de su proyecto</translation>
    </message>
    <message>
        <source>This server has no projects</source>
        <translation>Este servidor no tiene proyectos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Gasto (mes)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% del límite</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>Se prevén %1 a final de mes (rango %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>El límite ya se ha alcanzado.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>A este ritmo alcanza el límite el %1.</translation>
    </message>
    <message>
        <source>Bounded by the limit of project %1</source>
        <translation>Limitada por el límite del proyecto %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Expired on %1 UTC</source>
        <translation>Caducó el %1 UTC</translation>
    </message>
    <message>
        <source>Expires on %1 UTC</source>
        <translation>Caduca el %1 UTC</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>spendboard: the demo could not start: %1
</source>
        <translation>spendboard: no se ha podido iniciar la demo: %1
</translation>
    </message>
    <message>
        <source>%1 — Spendboard</source>
        <translation>%1 — Spendboard</translation>
    </message>
    <message>
        <source>Spendboard is still running</source>
        <translation>Spendboard sigue en marcha</translation>
    </message>
    <message>
        <source>It keeps watching your limits here in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>Sigue vigilando sus límites desde la bandeja del sistema. Ciérrelo desde el menú de la bandeja o con Ctrl+Q.</translation>
    </message>
    <message>
        <source>The usage history cannot be used: %1</source>
        <translation>No se puede usar el historial de uso: %1</translation>
    </message>
    <message>
        <source>Alert pop-ups are snoozed until %1. Alerts are still recorded on the Alerts page.</source>
        <translation>Los avisos emergentes están pospuestos hasta %1. Las alertas se siguen registrando en la página Alertas.</translation>
    </message>
    <message>
        <source>Quiet hours are over</source>
        <translation>Han terminado las horas de silencio</translation>
    </message>
    <message>
        <source>The display currency could not be saved: %1</source>
        <translation>No se pudo guardar la moneda de visualización: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>hora no válida</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write the activity log %1: %2</source>
        <translation>No se puede escribir el registro de actividad %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>No se puede leer el registro de actividad: %1</translation>
    </message>
    <message>
        <source>Line %1 is unreadable: %2</source>
        <translation>La línea %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2: the log was edited</source>
        <translation>La línea %1 no sigue a la línea %2: el registro se ha editado</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Set limit</source>
        <translation>Fijar límite</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation>Fijar etiquetas</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>Fijar caducidad</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Set labels and expiry of a new key</source>
        <translation>Fijar etiquetas y caducidad de una clave nueva</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>No hay ningún gráfico que guardar.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1 % · over the limit</source>
        <translation>%1 % · por encima del límite</translation>
    </message>
    <message>
        <source>%1 % · near the limit</source>
        <translation>%1 % · cerca del límite</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Todavía no hay datos.</translation>
    </message>
    <message>
        <source>%1: %2 spent this month, projected %3 by %4; no limit.</source>
        <translation>%1: %2 gastados este mes, previsión de %3 para el %4; sin límite.</translation>
    </message>
    <message>
        <source>%1: %2 % of limit, projected %3 % by %4</source>
        <translation>%1: %2 % del límite, previsión del %3 % para el %4</translation>
    </message>
    <message>
        <source>, over the limit</source>
        <translation>, por encima del límite</translation>
    </message>
    <message>
        <source>, limit reached on %1</source>
        <translation>, límite alcanzado el %1</translation>
    </message>
    <message>
        <source> (%1 of %2).</source>
        <translation> (%1 de %2).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Spent that day</source>
        <translation>Gastado ese día</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>En lo que va de mes</translation>
    </message>
    <message>
        <source>Share of the limit</source>
        <translation>Parte del límite</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Previsión para %1</translation>
    </message>
    <message>
        <source>No spend per day to show.</source>
        <translation>No hay gasto diario que mostrar.</translation>
    </message>
    <message>
        <source>Spend per day from %1 to %2: %3 in all, the most on %4 (%5).</source>
        <translation>Gasto diario del %1 al %2: %3 en total, el máximo el %4 (%5).</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>No keys with spend yet.</source>
        <translation>Todavía no hay claves con gasto.</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2 (sin límite)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Top keys by spend this month: %1.</source>
        <translation>Claves con más gasto este mes: %1.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>Aún no hay gasto por modelo este mes.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Spend by model this month: %1.</source>
        <translation>Gasto por modelo este mes: %1.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>ChartTwin</name>
    <message>
        <source>%1 as a table</source>
        <translation>%1 como tabla</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Mostrar los números de este gráfico como tabla</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>OK: no entity is at an alert threshold or projected to exceed its limit.</source>
        <translation>Correcto: ningún objeto ha alcanzado un umbral de alerta ni se prevé que supere su límite.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities need attention:</source>
        <translation>
            <numerusform>%n objeto requiere atención:</numerusform>
            <numerusform>%n objetos requieren atención:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Haga clic con el botón derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated organization (no account needed).</source>
        <translation>Usar una organización simulada integrada (no hace falta cuenta).</translation>
    </message>
    <message>
        <source>Use the connection profile NAME.</source>
        <translation>Usar el perfil de conexión NAME.</translation>
    </message>
    <message>
        <source>Connect to URL with the key from SPENDBOARD_API_KEY.</source>
        <translation>Conectar a URL con la clave de SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Iniciar en la bandeja.</translation>
    </message>
    <message>
        <source>Write a PNG of the window once data has loaded, then exit.</source>
        <translation>Guardar un PNG de la ventana cuando se hayan cargado los datos y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Tamaño de ventana para --screenshot (1280x800 por omisión).</translation>
    </message>
    <message>
        <source>report: the month, as YYYY-MM.</source>
        <translation>report: el mes, como YYYY-MM.</translation>
    </message>
    <message>
        <source>report: csv or json; check: text (default) or json.</source>
        <translation>report: csv o json; check: text (por omisión) o json.</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the output.</source>
        <translation>report: escribir en FILE en lugar de en la salida.</translation>
    </message>
    <message>
        <source>Spend of an LLM-gateway organization against its monthly limits.</source>
        <translation>Gasto de una organización en un gateway de LLM frente a sus límites mensuales.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Demasiados argumentos: %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use report or check.</source>
        <translation>Orden desconocida «%1»: use report o check.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>URL no válida: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --profile and --base-url.</source>
        <translation>Use solo una de las opciones --demo, --profile y --base-url.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use one of %2.</source>
        <translation>Página desconocida «%1»: use una de %2.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size espera ANCHOxALTO, por ejemplo 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size go with --screenshot.</source>
        <translation>--page y --size van con --screenshot.</translation>
    </message>
    <message>
        <source>report needs --month YYYY-MM.</source>
        <translation>report necesita --month YYYY-MM.</translation>
    </message>
    <message>
        <source>report needs --format csv or --format json.</source>
        <translation>report necesita --format csv o --format json.</translation>
    </message>
    <message>
        <source>check takes --format text or --format json.</source>
        <translation>check admite --format text o --format json.</translation>
    </message>
    <message>
        <source>The management key is never a command-line argument: it is read from the profile&apos;s entry in the system keychain, or from the SPENDBOARD_API_KEY environment variable.</source>
        <translation>La clave de gestión nunca es un argumento de la línea de órdenes: se lee de la entrada del perfil en el llavero del sistema o de la variable de entorno SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Page for --screenshot: overview, projects, keys, runway, alerts or activity.</source>
        <translation>Página para --screenshot: overview, projects, keys, runway, alerts o activity.</translation>
    </message>
    <message>
        <source>report: write the month-close pack (PDF and CSV files) into DIR.</source>
        <translation>report: escribir el paquete de cierre de mes (archivos PDF y CSV) en DIR.</translation>
    </message>
    <message>
        <source>Optional: report (month report as CSV/JSON, or the month-close pack) or check (alerts, exit code 0 none, 1 some, 2 error).</source>
        <translation>Opcional: report (informe mensual en CSV/JSON o el paquete de cierre de mes) o check (alertas; código de salida 0 ninguna, 1 alguna, 2 error).</translation>
    </message>
    <message>
        <source>--pack writes its own files: leave out --format and --out.</source>
        <translation>--pack escribe sus propios archivos: omita --format y --out.</translation>
    </message>
    <message>
        <source>--month, --format, --out and --pack go with the report or check command.</source>
        <translation>--month, --format, --out y --pack van con la orden report o check.</translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Quitar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Management key</source>
        <translation>Clave de gestión</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>&amp;Clave de gestión:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>A Requesty API key with manage permission. It is kept in the system keychain, never in Spendboard&apos;s settings.</source>
        <translation>Una clave de API de Requesty con permiso de gestión. Se guarda en el llavero del sistema, nunca en la configuración de Spendboard.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>Guardada en el llavero del sistema. Déjelo vacío para conservarla o escriba una clave nueva para sustituirla.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost or 127.0.0.1): anywhere else the management key would cross the network unencrypted and could be read. Use https://.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo (localhost o 127.0.0.1): en cualquier otro caso la clave de gestión viajaría por la red sin cifrar y podría leerse. Use https://.</translation>
    </message>
    <message>
        <source>This is not a server address. Example: %1</source>
        <translation>Esto no es una dirección de servidor. Ejemplo: %1</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>This key can edit: it can change limits and create or delete keys.</source>
        <translation>Esta clave puede editar: puede cambiar límites y crear o eliminar claves.</translation>
    </message>
    <message>
        <source>This key is read only: Spendboard shows spend but can&apos;t change limits or keys.</source>
        <translation>Esta clave es de solo lectura: Spendboard muestra el gasto, pero no puede cambiar límites ni claves.</translation>
    </message>
    <message>
        <source>This key has no management permission; spend can&apos;t be shown with it.</source>
        <translation>Esta clave no tiene permiso de gestión; con ella no se puede mostrar el gasto.</translation>
    </message>
    <message>
        <source>Connected to “%1”. %2</source>
        <translation>Conectado a «%1». %2</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <source>Remove Connection?</source>
        <translation>¿Quitar la conexión?</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its management key is deleted from the system keychain.</source>
        <translation>¿Quitar la conexión «%1»? Su clave de gestión se eliminará del llavero del sistema.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>There is no connection yet: add your management key under Tools → Connections…, or start with --demo to look around.</source>
        <translation>Todavía no hay ninguna conexión: añada su clave de gestión en Herramientas → Conexiones… o inicie con --demo para echar un vistazo.</translation>
    </message>
    <message>
        <source>--base-url needs the management key in the SPENDBOARD_API_KEY environment variable.</source>
        <translation>--base-url necesita la clave de gestión en la variable de entorno SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No existe ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>Crear la clave</translation>
    </message>
    <message>
        <source>The key works, but its labels or expiry could not be set: %1 Set them again from the Keys page.</source>
        <translation>La clave funciona, pero no se han podido fijar sus etiquetas o su caducidad: %1 Vuelva a fijarlas desde la página Claves.</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>e.g. ci-bot or marketing-site</source>
        <translation>p. ej., ci-bot o web-marketing</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Monthly limit in US dollars</source>
        <translation>Límite mensual en dólares estadounidenses</translation>
    </message>
    <message>
        <source>No li&amp;mit</source>
        <translation>Sin lí&amp;mite</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Monthly &amp;limit (US$):</source>
        <translation>&amp;Límite mensual (US$):</translation>
    </message>
    <message>
        <source>Completions permission</source>
        <translation>Permiso de completions</translation>
    </message>
    <message>
        <source>Whether the key can send requests to models through the router.</source>
        <translation>Si la clave puede enviar solicitudes a los modelos a través del router.</translation>
    </message>
    <message>
        <source>&amp;Completions:</source>
        <translation>&amp;Completions:</translation>
    </message>
    <message>
        <source>Management permission</source>
        <translation>Permiso de gestión</translation>
    </message>
    <message>
        <source>Whether the key can read (Read) or change (Write) keys and limits through the management API. Most keys need None.</source>
        <translation>Si la clave puede leer (Lectura) o cambiar (Escritura) claves y límites a través de la API de gestión. La mayoría de las claves necesitan «Ninguno».</translation>
    </message>
    <message>
        <source>Mana&amp;gement API:</source>
        <translation>API de &amp;gestión:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Caduca el</translation>
    </message>
    <message>
        <source>The key expires</source>
        <translation>La clave caduca</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Fecha y hora de caducidad</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>Copy the key now. This is the only time it is shown: Spendboard does not keep it and it can&apos;t be shown again. Store it in your password manager or secret store.</source>
        <translation>Copie la clave ahora. Solo se muestra esta vez: Spendboard no la guarda y no podrá volver a mostrarla. Guárdela en su gestor de contraseñas o almacén de secretos.</translation>
    </message>
    <message>
        <source>The new key (shown once)</source>
        <translation>La clave nueva (se muestra una sola vez)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Copiar la clave al portapapeles</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Dé un nombre a la clave.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %1 characters, it has %n.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: como máximo %1 caracteres y tiene %n.</numerusform>
            <numerusform>El nombre es demasiado largo: como máximo %1 caracteres y tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a monthly limit, or tick “No limit”.</source>
        <translation>Introduzca un límite mensual o marque «Sin límite».</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La caducidad debe estar en el futuro.</translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>Se ha creado la clave «%1».</translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation>Clave creada</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds unless you copy something else.</source>
        <translation>
            <numerusform>Copiada. El portapapeles se vaciará dentro de %n segundo salvo que copie otra cosa.</numerusform>
            <numerusform>Copiada. El portapapeles se vaciará dentro de %n segundos salvo que copie otra cosa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>USD (no conversion)</source>
        <translation>USD (sin conversión)</translation>
    </message>
    <message>
        <source>Dated rates, one per line: date, currency, units per US dollar</source>
        <translation>Tipos fechados, uno por línea: fecha, moneda, unidades por dólar estadounidense</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>Mostrar importes en:</translation>
    </message>
    <message>
        <source>Monthly rates:</source>
        <translation>Tipos mensuales:</translation>
    </message>
    <message>
        <source>Import dated rates</source>
        <translation>Importar tipos fechados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>Tipos: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Amounts are shown in US dollars, as the API keeps them.</source>
        <translation>Los importes se muestran en dólares estadounidenses, como los guarda la API.</translation>
    </message>
    <message>
        <source>No rate for %1 yet: amounts stay in US dollars until one is entered.</source>
        <translation>Todavía no hay tipo para %1: los importes siguen en dólares hasta que se introduzca uno.</translation>
    </message>
    <message>
        <source>Each month is shown at the latest %1 rate dated on or before its last day; limits are still entered and sent in US dollars.</source>
        <translation>Cada mes se muestra al último tipo de %1 con fecha igual o anterior a su último día; los límites se siguen introduciendo y enviando en dólares.</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>the rate is empty</source>
        <translation>el tipo está vacío</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not positive</source>
        <translation>el tipo «%1» no es positivo</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; has more than 6 decimals</source>
        <translation>el tipo «%1» tiene más de 6 decimales</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is too large</source>
        <translation>el tipo «%1» es demasiado grande</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not a number</source>
        <translation>el tipo «%1» no es un número</translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation>la fecha no es válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>«%1» no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <source>the rate must be positive</source>
        <translation>el tipo debe ser positivo</translation>
    </message>
    <message>
        <source>line %1: expected 3 fields (date,currency,rate), found %2</source>
        <translation>línea %1: se esperaban 3 campos (date,currency,rate) y hay %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>línea %1: «%2» no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a three-letter currency code</source>
        <translation>línea %1: «%2» no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: a second %2 rate for %3 (the first is on line %4)</source>
        <translation>línea %1: un segundo tipo de %2 para el %3 (el primero está en la línea %4)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>el archivo no contiene tipos</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>unknown version of the currency file</source>
        <translation>versión desconocida del archivo de monedas</translation>
    </message>
    <message>
        <source>the display currency is not valid</source>
        <translation>la moneda de visualización no es válida</translation>
    </message>
    <message>
        <source>rate %1: %2</source>
        <translation>tipo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a currency file: %2</source>
        <translation>%1 no es un archivo de monedas: %2</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: todavía no</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 gastados</translation>
    </message>
</context>
<context>
    <name>DailySpendPanel</name>
    <message>
        <source>Range of the spend per day chart</source>
        <translation>Periodo del gráfico de gasto diario</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Longer ranges come from the usage history kept on this computer</source>
        <translation>Los periodos más largos proceden del historial de uso guardado en este equipo</translation>
    </message>
    <message>
        <source>No local usage history is kept</source>
        <translation>No se guarda historial de uso local</translation>
    </message>
    <message>
        <source>No usage history on this computer yet.</source>
        <translation>Todavía no hay historial de uso en este equipo.</translation>
    </message>
    <message>
        <source>No local usage history is kept.</source>
        <translation>No se guarda historial de uso local.</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Historial desde %1</translation>
    </message>
    <message>
        <source>last synced %1 ago</source>
        <translation>última sincronización hace %1</translation>
    </message>
    <message>
        <source>showing saved data</source>
        <translation>datos guardados</translation>
    </message>
</context>
<context>
    <name>DeleteKeyDialog</name>
    <message>
        <source>&amp;Delete Key</source>
        <translation>&amp;Eliminar clave</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>Eliminar clave de API</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Every app that uses it stops working at once, and this can&apos;t be undone.</source>
        <translation>¿Eliminar la clave «%1»? Todas las aplicaciones que la usan dejarán de funcionar al instante, y no se puede deshacer.</translation>
    </message>
    <message>
        <source>To confirm, type the key&apos;s &amp;name:</source>
        <translation>Para confirmar, escriba el &amp;nombre de la clave:</translation>
    </message>
    <message>
        <source>Type the key&apos;s name to confirm</source>
        <translation>Escriba el nombre de la clave para confirmar</translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation>Eliminar la clave</translation>
    </message>
    <message>
        <source>Type the name exactly.</source>
        <translation>Escriba el nombre exactamente.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Select a row to see its chart and details.</source>
        <translation>Seleccione una fila para ver su gráfico y sus detalles.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>Spend by model is not available for a single key or project yet; the Overview shows it for the organization.</source>
        <translation>El gasto por modelo aún no está disponible para una sola clave o proyecto; el Resumen lo muestra para la organización.</translation>
    </message>
    <message>
        <source>%1 · %2 % of its monthly limit</source>
        <translation>%1 · %2 % de su límite mensual</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Previsión a final de mes</translation>
    </message>
    <message>
        <source>At the recent pace of %1 per day</source>
        <translation>Al ritmo reciente de %1 al día</translation>
    </message>
    <message>
        <source>Reaches its limit</source>
        <translation>Alcanza su límite</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>Aún puede gastar</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin tope</translation>
    </message>
    <message>
        <source>The smaller of the key&apos;s and its project&apos;s remaining limit</source>
        <translation>Lo menor entre lo que queda del límite de la clave y del de su proyecto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>management: %1 · completions: %2</source>
        <translation>gestión: %1 · completions: %2</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Private project of %1</source>
        <translation>Proyecto privado de %1</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Proyecto compartido</translation>
    </message>
    <message>
        <source>Binds every key in the project</source>
        <translation>Se aplica a todas las claves del proyecto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>%1, likely %2 – %3</source>
        <translation>%1, probablemente %2 – %3</translation>
    </message>
    <message>
        <source>Limit resets</source>
        <translation>El límite se restablece</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>The monthly limit of “%1” is now %2.</source>
        <translation>El límite mensual de «%1» es ahora de %2.</translation>
    </message>
    <message>
        <source>“%1” has no monthly limit now.</source>
        <translation>«%1» ya no tiene límite mensual.</translation>
    </message>
    <message>
        <source>Key “%1” created.</source>
        <translation>Clave «%1» creada.</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Clave «%1» eliminada.</translation>
    </message>
    <message>
        <source>Labels of “%1” saved.</source>
        <translation>Etiquetas de «%1» guardadas.</translation>
    </message>
    <message>
        <source>“%1” now expires on %2.</source>
        <translation>«%1» caduca ahora el %2.</translation>
    </message>
    <message>
        <source>“%1” no longer expires.</source>
        <translation>«%1» ya no caduca.</translation>
    </message>
</context>
<context>
    <name>DiskCache</name>
    <message>
        <source>The cache %1 cannot be read (%2); it is ignored.</source>
        <translation>No se puede leer la caché %1 (%2); se ignora.</translation>
    </message>
    <message>
        <source>The cache %1 is too large to be ours; it is ignored.</source>
        <translation>La caché %1 es demasiado grande para ser nuestra; se ignora.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2); it is ignored.</source>
        <translation>La caché %1 está dañada (%2); se ignora.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written: %2</source>
        <translation>No se puede escribir la caché %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>Nothing is loaded yet. Wait for the first refresh, then try again.</source>
        <translation>Todavía no se ha cargado nada. Espere a la primera actualización y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This connection&apos;s key can only read. Changing limits and keys needs a key with manage permission “write”: ask an administrator for one, or choose another connection.</source>
        <translation>La clave de esta conexión solo puede leer. Para cambiar límites y claves hace falta una clave con permiso de gestión «escritura»: pídasela a un administrador o elija otra conexión.</translation>
    </message>
    <message>
        <source>This key no longer exists on the server. It may have been deleted elsewhere.</source>
        <translation>Esta clave ya no existe en el servidor. Puede que se haya eliminado desde otro lugar.</translation>
    </message>
    <message>
        <source>The key “%1” expired on %2. An expired key can&apos;t be changed or revived; create a new key instead.</source>
        <translation>La clave «%1» caducó el %2. Una clave caducada no se puede cambiar ni reactivar; cree una clave nueva en su lugar.</translation>
    </message>
    <message>
        <source>This project no longer exists on the server.</source>
        <translation>Este proyecto ya no existe en el servidor.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A table column header with the display currency, e.g. &quot;Spend (month) in EUR&quot;</extracomment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>EntityTablePage</name>
    <message>
        <source>Edit limit…</source>
        <translation>Editar límite…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Available once the data has loaded.</source>
        <translation>Disponible cuando se hayan cargado los datos.</translation>
    </message>
    <message>
        <source>This management key can only read: ask an admin for a key with manage: write.</source>
        <translation>Esta clave de gestión solo puede leer: pida a un administrador una clave con gestión: escritura.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Mostrar detalles del error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>&amp;Nunca caduca</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Caduca el</translation>
    </message>
    <message>
        <source>Set Key Expiry</source>
        <translation>Fijar la caducidad de la clave</translation>
    </message>
    <message>
        <source>When should the key “%1” stop working? After its expiry it can&apos;t be changed or revived.</source>
        <translation>¿Cuándo debe dejar de funcionar la clave «%1»? Una vez caducada no se puede cambiar ni reactivar.</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Nunca caduca</translation>
    </message>
    <message>
        <source>Expires on a date</source>
        <translation>Caduca en una fecha</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Fecha y hora de caducidad</translation>
    </message>
    <message>
        <source>Save the expiry</source>
        <translation>Guardar la caducidad</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La caducidad debe estar en el futuro.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Could not save the export.</source>
        <translation>No se ha podido guardar la exportación.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>No hay nada que exportar en esta página.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>There are no alerts to export.</source>
        <translation>No hay alertas que exportar.</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Exportar alertas</translation>
    </message>
    <message>
        <source>The alerts are no longer available.</source>
        <translation>Las alertas ya no están disponibles.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Month report</source>
        <translation>Informe mensual</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report yet.</source>
        <translation>Todavía no hay datos para un informe.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>≥ 80 %</source>
        <translation>≥ 80 %</translation>
    </message>
    <message>
        <source>Only those at 80 % of their limit or more</source>
        <translation>Solo los que están al 80 % de su límite o más</translation>
    </message>
    <message>
        <source>Only those that reached their limit</source>
        <translation>Solo los que han alcanzado su límite</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Only those without a monthly limit</source>
        <translation>Solo los que no tienen límite mensual</translation>
    </message>
    <message>
        <source>Only keys that expire within 7 days</source>
        <translation>Solo las claves que caducan en los próximos 7 días</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, label or owner (Ctrl+F)</source>
        <translation>Filtrar por nombre, etiqueta o propietario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Por encima</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Caduca pronto</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>HeadlessSession</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>No se ha podido iniciar la demo: %1</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>About Spendboard</source>
        <translation>Acerca de Spendboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Spend of your LLM-gateway organization against its monthly limits, with alerts before a limit is reached.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;El gasto de su organización en el gateway de LLM frente a sus límites mensuales, con alertas antes de que se alcance un límite.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview, Projects, Keys, Alerts, Activity</source>
        <translation>Resumen, Proyectos, Claves, Alertas, Actividad</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Ctrl+1 … Ctrl+5</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrar la tabla</translation>
    </message>
    <message>
        <source>Edit the selected limit</source>
        <translation>Editar el límite seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Eliminar la clave seleccionada</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Confirmar la alerta seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 gastados</translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>Cannot create the folder %1 for the usage history.</source>
        <translation>No se puede crear la carpeta %1 para el historial de uso.</translation>
    </message>
    <message>
        <source>The usage history %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>El historial de uso %1 está dañado (%2) y no se ha podido apartar: %3</translation>
    </message>
    <message>
        <source>The usage history was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>El historial de uso estaba dañado (%1). Se ha movido a %2 y se ha iniciado un historial nuevo.</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>la comprobación de integridad ha fallado</translation>
    </message>
    <message>
        <source>Cannot open the usage history %1: %2</source>
        <translation>No se puede abrir el historial de uso %1: %2</translation>
    </message>
    <message>
        <source>The usage history is not open.</source>
        <translation>El historial de uso no está abierto.</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>No se puede leer la base de datos del historial: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Spendboard (schema %1; this version reads up to %2).</source>
        <translation>La base de datos del historial la escribió una versión más reciente de Spendboard (esquema %1; esta versión lee hasta el %2).</translation>
    </message>
    <message>
        <source>The history database could not be upgraded from schema %1: %2</source>
        <translation>No se ha podido actualizar la base de datos del historial desde el esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Show only the keys of one project</source>
        <translation>Mostrar solo las claves de un proyecto</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>Caducidad…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nueva clave…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Select a key to see its chart, its facts and what you can do with it.</source>
        <translation>Seleccione una clave para ver su gráfico, sus datos y lo que puede hacer con ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n keys</source>
        <translation>
            <numerusform>%1 de %n clave</numerusform>
            <numerusform>%1 de %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit Labels</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Labels of the key “%1”, e.g. team = finance. Saving replaces all of them.</source>
        <translation>Etiquetas de la clave «%1», p. ej., team = finance. Al guardar se sustituyen todas.</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>Guardar las etiquetas</translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Quitar la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>Label %1 has a value but no key. Give it a key or remove it.</source>
        <translation>La etiqueta %1 tiene un valor pero no una clave. Asígnele una clave o quítela.</translation>
    </message>
    <message>
        <source>The label key “%1” is used twice. Each key can appear only once.</source>
        <translation>La clave de etiqueta «%1» se usa dos veces. Cada clave solo puede aparecer una vez.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Edit Monthly Limit</source>
        <translation>Editar límite mensual</translation>
    </message>
    <message>
        <source>The organization has no limit of its own.</source>
        <translation>La organización no tiene límite propio.</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>Gastado este mes:</translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation>Límite actual:</translation>
    </message>
    <message>
        <source>Forecast for month end:</source>
        <translation>Previsión a final de mes:</translation>
    </message>
    <message>
        <source>New monthly limit in US dollars</source>
        <translation>Nuevo límite mensual en dólares estadounidenses</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Sin límite</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Remove the monthly cap (the API stores this as 0).</source>
        <translation>Quitar el tope mensual (la API lo guarda como 0).</translation>
    </message>
    <message>
        <source>New &amp;limit (US$):</source>
        <translation>Nuevo &amp;límite (US$):</translation>
    </message>
    <message>
        <source>What the new limit means</source>
        <translation>Qué supone el nuevo límite</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Mantener mi valor</translation>
    </message>
    <message>
        <source>Use the value on the server</source>
        <translation>Usar el valor del servidor</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the new limit</source>
        <translation>Guardar el nuevo límite</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>Proyecto «%1»</translation>
    </message>
    <message>
        <source>Key “%1”</source>
        <translation>Clave «%1»</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (probablemente entre %2 y %3)</translation>
    </message>
    <message>
        <source>No cap: spending continues without a monthly limit. Expected by the month end: %1.</source>
        <translation>Sin tope: el gasto continúa sin límite mensual. Previsto a final de mes: %1.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): every key in this project is blocked at once.</source>
        <translation>Ya es inferior al gasto de este mes (%1): todas las claves de este proyecto se bloquean al instante.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): the key is blocked at once.</source>
        <translation>Ya es inferior al gasto de este mes (%1): la clave se bloquea al instante.</translation>
    </message>
    <message>
        <source>Nothing has been spent recently, so this limit lasts the whole month.</source>
        <translation>No se ha gastado nada últimamente, así que este límite dura todo el mes.</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts the whole month.</source>
        <translation>Al ritmo actual (%1 al día), esto dura todo el mes.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format for &quot;lasts until 27 Nov&quot;; see QDate::toString.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts until %2.</source>
        <translation>Al ritmo actual (%1 al día), esto dura hasta el %2.</translation>
    </message>
    <message>
        <source>Block at once?</source>
        <translation>¿Bloquear al instante?</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks every key in the project at once, until the limit is raised or the month ends.</source>
        <translation>El gasto de este mes de «%1» ya es de %2. Un límite de %3 bloquea al instante todas las claves del proyecto hasta que se suba el límite o termine el mes.</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks the key at once, until the limit is raised or the month ends.</source>
        <translation>El gasto de este mes de «%1» ya es de %2. Un límite de %3 bloquea la clave al instante hasta que se suba el límite o termine el mes.</translation>
    </message>
    <message>
        <source>Set Limit and Block</source>
        <translation>Fijar límite y bloquear</translation>
    </message>
    <message>
        <source>Raise more than tenfold?</source>
        <translation>¿Multiplicar por más de diez?</translation>
    </message>
    <message>
        <source>The limit of “%1” goes from %2 to %3, more than ten times as much. Is that amount right (not an extra zero)?</source>
        <translation>El límite de «%1» pasa de %2 a %3, más de diez veces más. ¿Es correcto el importe (no sobra un cero)?</translation>
    </message>
    <message>
        <source>Raise Limit</source>
        <translation>Subir límite</translation>
    </message>
    <message>
        <source>Someone changed this limit to %1 while you were editing. Your value: %2.</source>
        <translation>Alguien ha cambiado este límite a %1 mientras lo editaba. Su valor: %2.</translation>
    </message>
    <message>
        <source>&amp;Keep My Value (%1)</source>
        <translation>&amp;Mantener mi valor (%1)</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>Resets:</source>
        <translation>Se restablece:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Sent to the API: 0, which means no limit.</source>
        <translation>Enviado a la API: 0, es decir, sin límite.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars). Shown as %2 at the %3 rate.</source>
        <translation>Enviado a la API: %1 (dólares estadounidenses). Se muestra como %2 al tipo de %3.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars).</source>
        <translation>Enviado a la API: %1 (dólares estadounidenses).</translation>
    </message>
</context>
<context>
    <name>LocalHistory</name>
    <message>
        <source>The usage history could not be saved: %1</source>
        <translation>No se pudo guardar el historial de uso: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Switch between organizations or servers</source>
        <translation>Cambiar entre organizaciones o servidores</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch the latest spend now (F5)</source>
        <translation>Obtener ahora el gasto más reciente (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current page as CSV (tables) or PNG (the overview chart)</source>
        <translation>Guardar la página actual como CSV (tablas) o PNG (gráfico del resumen)</translation>
    </message>
    <message>
        <source>Month report &amp;PDF…</source>
        <translation>Informe mensual en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Spendboard</source>
        <translation>&amp;Acerca de Spendboard</translation>
    </message>
    <message>
        <source>Showing the data from %1.</source>
        <translation>Se muestran los datos del %1.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n not acknowledged</source>
        <translation>
            <numerusform>Alertas, %n sin confirmar</numerusform>
            <numerusform>Alertas, %n sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Alertas, ninguna pendiente</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Month-close &amp;pack</source>
        <translation>&amp;Paquete de cierre de mes</translation>
    </message>
    <message>
        <source>%1 (so far)…</source>
        <translation>%1 (hasta ahora)…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>ModelChart</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1: %2 this month (%3 %)</source>
        <translation>%1: %2 este mes (%3 %)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Amount in US dollars</source>
        <translation>Importe en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el importe</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>Introduzca un importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>«%1» no es un importe. Escriba dígitos, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Use at most two decimals (whole cents).</source>
        <translation>Use como máximo dos decimales (céntimos enteros).</translation>
    </message>
    <message>
        <source>The largest amount allowed here is %1.</source>
        <translation>El importe máximo permitido aquí es %1.</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The change log was not checked.</source>
        <translation>No se comprobó el registro de cambios.</translation>
    </message>
    <message>
        <source>The change log verifies: no entry was edited or removed.</source>
        <translation>El registro de cambios es íntegro: no se editó ni eliminó ninguna entrada.</translation>
    </message>
    <message>
        <source>The change log does not verify: %1</source>
        <translation>El registro de cambios no es íntegro: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>MonthCloseController</name>
    <message>
        <source>Folder for the month-close pack of %1</source>
        <translation>Carpeta para el paquete de cierre de %1</translation>
    </message>
    <message>
        <source>The month-close pack needs the usage history kept on this computer, and it is not available.</source>
        <translation>El paquete de cierre de mes necesita el historial de uso guardado en este equipo, y no está disponible.</translation>
    </message>
    <message>
        <source>Writing the month-close pack of %1…</source>
        <translation>Escribiendo el paquete de cierre de %1…</translation>
    </message>
    <message>
        <source>Month-close pack</source>
        <translation>Paquete de cierre de mes</translation>
    </message>
    <message>
        <source>The month-close pack could not be written. %1</source>
        <translation>No se pudo escribir el paquete de cierre de mes. %1</translation>
    </message>
    <message>
        <source>Month-close pack written to %1. %2</source>
        <translation>Paquete de cierre de mes escrito en %1. %2</translation>
    </message>
</context>
<context>
    <name>MonthClosePack</name>
    <message>
        <source>Month close %1</source>
        <translation>Cierre de mes %1</translation>
    </message>
    <message>
        <source>All amounts in USD. Spend is per UTC calendar month.</source>
        <translation>Todos los importes en USD. El gasto es por mes natural UTC.</translation>
    </message>
    <message>
        <source>The month is not complete: the figures are those of the last sync.</source>
        <translation>El mes no ha terminado: las cifras son las de la última sincronización.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>No hay proyectos.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>No hay claves.</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Previsión frente a real</translation>
    </message>
    <message>
        <source>No forecasts were recorded this month.</source>
        <translation>No se registraron previsiones este mes.</translation>
    </message>
    <message>
        <source>Limit changes made from Spendboard</source>
        <translation>Cambios de límite hechos desde Spendboard</translation>
    </message>
    <message>
        <source>No limit was changed from Spendboard this month.</source>
        <translation>Este mes no se cambió ningún límite desde Spendboard.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>No hubo alertas este mes.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>The limit was changed on the server to %1; you saw %2.</source>
        <translation>El límite se ha cambiado en el servidor a %1; usted veía %2.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Previsión a final de mes</translation>
    </message>
    <message>
        <source>Organization balance</source>
        <translation>Saldo de la organización</translation>
    </message>
    <message>
        <source>Sum of key limits</source>
        <translation>Suma de los límites de las claves</translation>
    </message>
    <message>
        <source>Near or over the limit</source>
        <translation>Cerca del límite o por encima</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Gráfico de</translation>
    </message>
    <message>
        <source>Show the chart of the whole organization, a project or a key</source>
        <translation>Mostrar el gráfico de toda la organización, de un proyecto o de una clave</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>En lo que va de mes</translation>
    </message>
    <message>
        <source>Top 10 keys by spend</source>
        <translation>Las 10 claves con más gasto</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Gasto por modelo</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>No data yet: %1</source>
        <translation>Aún no hay datos: %1</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Aún no hay datos — conectando…</translation>
    </message>
    <message>
        <source>This organization has no keys yet.</source>
        <translation>Esta organización aún no tiene claves.</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>Aún no hay gasto por modelo este mes.</translation>
    </message>
    <message>
        <source>waiting for data…</source>
        <translation>esperando datos…</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>today so far: %1</source>
        <translation>hoy hasta ahora: %1</translation>
    </message>
    <message>
        <source>What every key of the organization spent since the month began on %1 (UTC).</source>
        <translation>Lo que han gastado todas las claves de la organización desde que empezó el mes, el %1 (UTC).</translation>
    </message>
    <message>
        <source>likely %1–%2</source>
        <translation>probablemente %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the recent pace of %2 per day.</source>
        <translation>Gasto previsto el %1 al ritmo reciente de %2 al día.</translation>
    </message>
    <message>
        <source>no credit left: requests will fail</source>
        <translation>sin crédito: las solicitudes fallarán</translation>
    </message>
    <message numerus="yes">
        <source>lasts about %n days at this pace</source>
        <translation>
            <numerusform>dura unos %n día a este ritmo</numerusform>
            <numerusform>dura unos %n días a este ritmo</numerusform>
        </translation>
    </message>
    <message>
        <source>no recent spend</source>
        <translation>sin gasto reciente</translation>
    </message>
    <message>
        <source>Prepaid credit left in the organization.</source>
        <translation>Crédito prepago que le queda a la organización.</translation>
    </message>
    <message>
        <source>every key has a limit</source>
        <translation>todas las claves tienen límite</translation>
    </message>
    <message numerus="yes">
        <source>%n keys without a limit</source>
        <translation>
            <numerusform>%n clave sin límite</numerusform>
            <numerusform>%n claves sin límite</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly limits of all keys added up. Not a cap on the organization: each key stops at its own limit.</source>
        <translation>La suma de los límites mensuales de todas las claves. No es un tope para la organización: cada clave se detiene en su propio límite.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys ≥ 80 %</source>
        <translation>
            <numerusform>%n clave ≥ 80 %</numerusform>
            <numerusform>%n claves ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation>
            <numerusform>%n por encima del límite</numerusform>
            <numerusform>%n por encima del límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects ≥ 80 %</source>
        <translation>
            <numerusform>%n proyecto ≥ 80 %</numerusform>
            <numerusform>%n proyectos ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n por encima</numerusform>
            <numerusform>%n por encima</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys and projects that used at least 80 % of their monthly limit. See the Keys page, quick filter “≥ 80 %”.</source>
        <translation>Claves y proyectos que han usado al menos el 80 % de su límite mensual. Vea la página Claves, filtro rápido «≥ 80 %».</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left</source>
        <translation>
            <numerusform>queda %n hora</numerusform>
            <numerusform>quedan %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly limits and spend start again at 00:00 UTC on the 1st.</source>
        <translation>Los límites mensuales y el gasto se reinician el día 1 a las 00:00 UTC.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Todavía no hay datos.</translation>
    </message>
    <message>
        <source>%1 in US dollars</source>
        <translation>%1 en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Converted at the %1 rate dated %2 (%3 per US dollar); the API keeps US dollars.</source>
        <translation>Convertido al tipo de %1 del %2 (%3 por dólar estadounidense); la API guarda dólares.</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>se restablece %1</translation>
    </message>
    <message>
        <source>resets %1, %2</source>
        <translation>se restablece %1, %2</translation>
    </message>
    <message>
        <source>at the last sync, %1</source>
        <translation>en la última sincronización, %1</translation>
    </message>
    <message>
        <source>From the usage history kept on this computer: the server cannot be reached now.</source>
        <translation>Del historial de uso guardado en este equipo: ahora no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>from local history, likely %1–%2</source>
        <translation>según el historial local, probablemente %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the pace of %2 per day recorded in the usage history on this computer up to the last sync, %3: the server cannot be reached now.</source>
        <translation>Gasto previsto el %1 al ritmo de %2 por día registrado en el historial de uso de este equipo hasta la última sincronización, %3: ahora no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>%1 From the usage history on this computer, last synced %2.</source>
        <translation>%1 Según el historial de uso de este equipo, última sincronización %2.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>spendboard: --month wants YYYY-MM, for example 2026-11.
</source>
        <translation>spendboard: --month espera AAAA-MM, por ejemplo 2026-11.
</translation>
    </message>
    <message>
        <source>spendboard: %1 has not started yet.
</source>
        <translation>spendboard: %1 aún no ha empezado.
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be opened: %1
</source>
        <translation>spendboard: no se puede abrir el historial de uso: %1
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be written: %1
</source>
        <translation>spendboard: no se puede escribir el historial de uso: %1
</translation>
    </message>
    <message>
        <source>Month-close pack for %1 written to %2.
%3
</source>
        <translation>Paquete de cierre de %1 escrito en %2.
%3
</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Spend report %1: %2</source>
        <translation>Informe de gasto %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% del límite</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Spend report: %1</source>
        <translation>Informe de gasto: %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · a fecha de %2</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Forecast for the month end</source>
        <translation>Previsión a final de mes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>No hay proyectos.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>No hay claves.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not create the PDF “%1”.</source>
        <translation>No se ha podido crear el PDF «%1».</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>El nombre del perfil no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>El nombre del perfil es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The profile name contains invisible control characters.</source>
        <translation>El nombre del perfil contiene caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 s and %2 s.</source>
        <translation>El intervalo de actualización debe estar entre %1 s y %2 s.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No existe ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>▲ %1 %</source>
        <translation>▲ %1 %</translation>
    </message>
    <message>
        <source>■ %1 % · over</source>
        <translation>■ %1 % · superado</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>What the project&apos;s keys can still spend together this month</source>
        <translation>Lo que las claves del proyecto aún pueden gastar juntas este mes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Gasto (mes)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% del límite</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>Se prevén %1 a final de mes (rango %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>El límite ya se ha alcanzado.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>A este ritmo alcanza el límite el %1.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Show its keys</source>
        <translation>Mostrar sus claves</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>Tipo de proyecto</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Solo compartidos</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Solo privados</translation>
    </message>
    <message>
        <source>Open the Keys page filtered to this project</source>
        <translation>Abrir la página Claves filtrada por este proyecto</translation>
    </message>
    <message>
        <source>Select a project to see its chart and facts. A project&apos;s limit binds every key created in it.</source>
        <translation>Seleccione un proyecto para ver su gráfico y sus datos. El límite de un proyecto se aplica a todas las claves creadas en él.</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Aún no hay datos — conectando…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Projects are managed in the Requesty console&lt;/h3&gt;&lt;p&gt;This server does not offer project information to management keys, so Spendboard cannot show project limits here. A project&apos;s limit still applies to every key in it.&lt;/p&gt;&lt;p&gt;Key limits work as usual: see the &lt;b&gt;Keys&lt;/b&gt; page to watch and change them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Los proyectos se gestionan en la consola de Requesty&lt;/h3&gt;&lt;p&gt;Este servidor no ofrece información de proyectos a las claves de gestión, así que Spendboard no puede mostrar aquí los límites de los proyectos. Aun así, el límite de un proyecto se aplica a todas sus claves.&lt;/p&gt;&lt;p&gt;Los límites de las claves funcionan como siempre: vaya a la página &lt;b&gt;Claves&lt;/b&gt; para verlos y cambiarlos.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%1 de %n proyecto</numerusform>
            <numerusform>%1 de %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or owner (Ctrl+F)</source>
        <translation>Filtrar por nombre o propietario (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>QuietHoursBuffer</name>
    <message>
        <source>the organization crossed %1 %</source>
        <translation>la organización ha superado el %1 %</translation>
    </message>
    <message>
        <source>the organization reached its limit</source>
        <translation>la organización ha alcanzado su límite</translation>
    </message>
    <message>
        <source>the organization crossed %1 % of its budget</source>
        <translation>la organización ha superado el %1 % de su presupuesto</translation>
    </message>
    <message>
        <source>the organization is on course to exceed its limit</source>
        <translation>la organización va camino de superar su límite</translation>
    </message>
    <message>
        <source>the organization&apos;s balance ran low</source>
        <translation>el saldo de la organización se ha quedado bajo</translation>
    </message>
    <message>
        <source>1 project crossed %1 %</source>
        <translation>1 proyecto ha superado el %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n proyecto ha superado el %1 %</numerusform>
            <numerusform>%n proyectos han superado el %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project reached its limit</source>
        <translation>1 proyecto ha alcanzado su límite</translation>
    </message>
    <message numerus="yes">
        <source>%n projects reached their limit</source>
        <translation>
            <numerusform>%n proyecto ha alcanzado su límite</numerusform>
            <numerusform>%n proyectos han alcanzado su límite</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project crossed %1 % of its budget</source>
        <translation>1 proyecto ha superado el %1 % de su presupuesto</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n proyecto ha superado el %1 % de su presupuesto</numerusform>
            <numerusform>%n proyectos han superado el %1 % de su presupuesto</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project is on course to exceed its limit</source>
        <translation>1 proyecto va camino de superar su límite</translation>
    </message>
    <message numerus="yes">
        <source>%n projects are on course to exceed their limit</source>
        <translation>
            <numerusform>%n proyecto va camino de superar su límite</numerusform>
            <numerusform>%n proyectos van camino de superar su límite</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 %</source>
        <translation>1 clave ha superado el %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n clave ha superado el %1 %</numerusform>
            <numerusform>%n claves han superado el %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key reached its limit</source>
        <translation>1 clave ha alcanzado su límite</translation>
    </message>
    <message numerus="yes">
        <source>%n keys reached their limit</source>
        <translation>
            <numerusform>%n clave ha alcanzado su límite</numerusform>
            <numerusform>%n claves han alcanzado su límite</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 % of its budget</source>
        <translation>1 clave ha superado el %1 % de su presupuesto</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n clave ha superado el %1 % de su presupuesto</numerusform>
            <numerusform>%n claves han superado el %1 % de su presupuesto</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key is on course to exceed its limit</source>
        <translation>1 clave va camino de superar su límite</translation>
    </message>
    <message numerus="yes">
        <source>%n keys are on course to exceed their limit</source>
        <translation>
            <numerusform>%n clave va camino de superar su límite</numerusform>
            <numerusform>%n claves van camino de superar su límite</numerusform>
        </translation>
    </message>
    <message>
        <source>While quiet hours were on: %1.</source>
        <translation>Durante las horas de silencio: %1.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún no hay datos</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>offline — showing data from %1</source>
        <translation>sin conexión — datos del %1</translation>
    </message>
    <message>
        <source>showing saved data from %1</source>
        <translation>datos guardados del %1</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>actualizado hace %1</translation>
    </message>
    <message>
        <source>not updated — showing data from %1</source>
        <translation>sin actualizar — datos del %1</translation>
    </message>
    <message>
        <source>connecting… — last synced %1 ago</source>
        <translation>conectando… — última sincronización hace %1</translation>
    </message>
    <message>
        <source>offline — last synced %1 ago</source>
        <translation>sin conexión — última sincronización hace %1</translation>
    </message>
    <message>
        <source>(last synced %1 ago)</source>
        <translation>(última sincronización hace %1)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--month wants YYYY-MM, for example 2026-11.</source>
        <translation>--month espera YYYY-MM, por ejemplo 2026-11.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 aún no ha empezado.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours until the reset</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes until the reset</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes until the reset</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>reset on %1</source>
        <translation>reiniciado el %1</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>se reinicia en %1</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>local time of the reset</comment>
        <translation>%1 (hora local)</translation>
    </message>
    <message>
        <source>%1 %2 your time</source>
        <comment>local date and time of the reset</comment>
        <translation>%1 %2 (hora local)</translation>
    </message>
    <message>
        <source>Limits were reset on %1.</source>
        <translation>Los límites se reiniciaron el %1.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2.</source>
        <translation>Los límites se reinician dentro de %1, el %2.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2 (%3).</source>
        <translation>Los límites se reinician dentro de %1, el %2 (%3).</translation>
    </message>
    <message>
        <source>Spend this month (since %1)</source>
        <translation>Gasto de este mes (desde el %1)</translation>
    </message>
</context>
<context>
    <name>ResetNotifier</name>
    <message>
        <source>Monthly limits have reset</source>
        <translation>Los límites mensuales se han restablecido</translation>
    </message>
    <message>
        <source>Spend counts from %1.</source>
        <translation>El gasto cuenta desde el %1.</translation>
    </message>
    <message>
        <source>Spend counts from %1 (%2).</source>
        <translation>El gasto cuenta desde el %1 (%2).</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1</source>
        <translation>Los límites mensuales se han restablecido — el gasto cuenta desde el %1</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1 (%2)</source>
        <translation>Los límites mensuales se han restablecido — el gasto cuenta desde el %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunwayCalculator</name>
    <message>
        <source>At or over its limit</source>
        <translation>En su límite o por encima</translation>
    </message>
    <message numerus="yes">
        <source>Reaches its limit within %n day(s)</source>
        <translation>
            <numerusform>Alcanza su límite en %n día</numerusform>
            <numerusform>Alcanza su límite en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaches its limit this month at the current burn</source>
        <translation>Alcanza su límite este mes al ritmo actual</translation>
    </message>
    <message>
        <source>The limit resets before it is reached</source>
        <translation>El límite se reinicia antes de alcanzarse</translation>
    </message>
    <message>
        <source>Capped, but nothing spent recently</source>
        <translation>Con límite, pero sin gasto reciente</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
</context>
<context>
    <name>RunwayModel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>over</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>after the reset</source>
        <translation>después del reinicio</translation>
    </message>
    <message>
        <source>Capped by the project&apos;s limit</source>
        <translation>Limitado por el límite del proyecto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Limit reached on</source>
        <translation>Límite alcanzado el</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Burn/day</source>
        <translation>Gasto/día</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
</context>
<context>
    <name>RunwayPage</name>
    <message>
        <source>Runway of keys and projects</source>
        <translation>Margen de claves y proyectos</translation>
    </message>
    <message>
        <source>Filter by key or project… (Ctrl+F)</source>
        <translation>Filtrar por clave o proyecto… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Keys and projects</source>
        <translation>Claves y proyectos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Todavía no hay datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n at or over their cap</source>
        <translation>
            <numerusform>%n en su límite o por encima</numerusform>
            <numerusform>%n en su límite o por encima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reach their cap within 7 days</source>
        <translation>
            <numerusform>%n alcanza su límite en 7 días</numerusform>
            <numerusform>%n alcanzan su límite en 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked by days left at the current burn; a key&apos;s project cap counts too</source>
        <translation>ordenados por días restantes al ritmo actual; también cuenta el límite del proyecto de una clave</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>spendboard: could not write the screenshot to %1
</source>
        <translation>spendboard: no se ha podido escribir la captura de pantalla en %1
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Warn when the &amp;forecast exceeds a limit</source>
        <translation>Avisar cuando la &amp;previsión supere un límite</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Spendboard in the tray</source>
        <translation>Al &amp;cerrar la ventana, Spendboard sigue en la bandeja</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>El idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no pop-up alerts from</source>
        <translation>&amp;Horas de silencio: sin avisos emergentes de</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalo de actualización en segundos</translation>
    </message>
    <message>
        <source>How often the data is fetched; at least %1 seconds.</source>
        <translation>Con qué frecuencia se obtienen los datos; al menos %1 segundos.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days of history in charts</source>
        <translation>Días de historial en los gráficos</translation>
    </message>
    <message>
        <source>&amp;History in charts:</source>
        <translation>&amp;Historial en los gráficos:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alert when spend reaches these percentages of a limit:</source>
        <translation>Avisar cuando el gasto alcance estos porcentajes de un límite:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Forecast alerts</source>
        <translation>Alertas de previsión</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>Cerrar a la bandeja</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Umbrales de alerta</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>New threshold in percent</source>
        <translation>Nuevo umbral en porcentaje</translation>
    </message>
    <message>
        <source>Add the threshold</source>
        <translation>Añadir el umbral</translation>
    </message>
    <message>
        <source>Remove the selected threshold</source>
        <translation>Quitar el umbral seleccionado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Keep at least one alert threshold.</source>
        <translation>Mantenga al menos un umbral de alerta.</translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation>Las horas de silencio necesitan horas de inicio y fin distintas.</translation>
    </message>
    <message>
        <source>Alerts are still recorded on the Alerts page during quiet hours; one summary pops up when they end. To pause pop-ups until tomorrow or until the limits reset, use the tray menu.</source>
        <translation>Durante las horas de silencio las alertas se siguen registrando en la página Alertas; al terminar aparece un resumen. Para pausar los avisos hasta mañana o hasta que se restablezcan los límites, use el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Tell me when the monthly limits r&amp;eset</source>
        <translation>Avisarme cuando los límit&amp;es mensuales se restablezcan</translation>
    </message>
    <message>
        <source>Notice when limits reset</source>
        <translation>Aviso al restablecerse los límites</translation>
    </message>
    <message>
        <source>Once a month, at the first refresh after 00:00 UTC on the 1st: spend starts again from zero and keys stopped at their limit work again. Waits for the end of quiet hours.</source>
        <translation>Una vez al mes, en la primera actualización tras las 00:00 UTC del día 1: el gasto vuelve a empezar desde cero y las claves detenidas en su límite vuelven a funcionar. Espera al final de las horas de silencio.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Forecast range</source>
        <translation>Rango de previsión</translation>
    </message>
    <message>
        <source>80–100 % of limit</source>
        <translation>80–100 % del límite</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Gasto de este mes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <source>Spent %1 this month</source>
        <translation>%1 gastados este mes</translation>
    </message>
    <message>
        <source>Monthly limit: %1</source>
        <translation>Límite mensual: %1</translation>
    </message>
    <message>
        <source>Forecast for the month end: %1
likely between %2 and %3</source>
        <translation>Previsión a final de mes: %1
probablemente entre %2 y %3</translation>
    </message>
    <message>
        <source>Now (%1): %2 spent this month</source>
        <translation>Ahora (%1): %2 gastados este mes</translation>
    </message>
    <message>
        <source>By %1: %2 spent</source>
        <translation>Hasta el %1: %2 gastados</translation>
    </message>
</context>
<context>
    <name>SpendStatus</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Límite superado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Show the technical details of this problem</source>
        <translation>Mostrar los detalles técnicos de este problema</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>Key %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>La clave %1 ha alcanzado el %2 % de su límite mensual de %3 (%4 gastados).</translation>
    </message>
    <message>
        <source>Project %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>El proyecto %1 ha alcanzado el %2 % de su límite mensual de %3 (%4 gastados).</translation>
    </message>
    <message>
        <source>%1 reached %2 % of its %3 monthly budget (%4 spent).</source>
        <translation>%1 ha alcanzado el %2 % de su presupuesto mensual de %3 (%4 gastados).</translation>
    </message>
    <message>
        <source>Projected to reach the limit on %1.</source>
        <translation>Se prevé que alcance el límite el %1.</translation>
    </message>
    <message>
        <source>Key %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>Se prevé que la clave %1 alcance su límite mensual de %2 el %3 (%4 gastados hasta ahora).</translation>
    </message>
    <message>
        <source>Project %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>Se prevé que el proyecto %1 alcance su límite mensual de %2 el %3 (%4 gastados hasta ahora).</translation>
    </message>
    <message>
        <source>%1 is projected to reach its %2 monthly budget on %3 (%4 spent so far).</source>
        <translation>Se prevé que %1 alcance su presupuesto mensual de %2 el %3 (%4 gastados hasta ahora).</translation>
    </message>
    <message>
        <source>%1 balance is %2, below the %3 floor.</source>
        <translation>El saldo de %1 es de %2, por debajo del mínimo de %3.</translation>
    </message>
</context>
<context>
    <name>TopKeysChart</name>
    <message>
        <source>Under 80 %</source>
        <translation>Menos del 80 %</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100 %</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1 · no limit</source>
        <translation>%1 · sin límite</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1: %2 spent, no limit</source>
        <translation>%1: %2 gastados, sin límite</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent</source>
        <translation>%1: %2 gastados de %3</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open Spendboard</source>
        <translation>&amp;Abrir Spendboard</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts for 1 Hour</source>
        <translation>&amp;Pausar alertas durante 1 hora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>%1 at %2 % of its limit</source>
        <translation>%1 al %2 % de su límite</translation>
    </message>
    <message>
        <source>Budget at %1 %</source>
        <translation>Presupuesto al %1 %</translation>
    </message>
    <message>
        <source>%1 projected to reach its limit</source>
        <translation>Se prevé que %1 alcance su límite</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo bajo</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n clave ha superado el %1 %</numerusform>
            <numerusform>%n claves han superado el %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n proyecto ha superado el %1 %</numerusform>
            <numerusform>%n proyectos han superado el %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget projected to be reached</source>
        <translation>Se prevé alcanzar el presupuesto</translation>
    </message>
    <message numerus="yes">
        <source>%n keys projected to reach their limit</source>
        <translation>
            <numerusform>Se prevé que %n clave alcance su límite</numerusform>
            <numerusform>Se prevé que %n claves alcancen su límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects projected to reach their limit</source>
        <translation>
            <numerusform>Se prevé que %n proyecto alcance su límite</numerusform>
            <numerusform>Se prevé que %n proyectos alcancen su límite</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget crossed %1 %</source>
        <translation>El presupuesto ha superado el %1 %</translation>
    </message>
    <message>
        <source>Balance below the floor</source>
        <translation>Saldo por debajo del mínimo</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spending alerts</source>
        <translation>
            <numerusform>%n alerta de gasto</numerusform>
            <numerusform>%n alertas de gasto</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Alerts Until &amp;Tomorrow</source>
        <translation>Posponer alertas hasta &amp;mañana</translation>
    </message>
    <message>
        <source>Snooze Alerts Until the Limits &amp;Reset</source>
        <translation>Posponer alertas hasta que se &amp;restablezcan los límites</translation>
    </message>
</context>
</TS>
