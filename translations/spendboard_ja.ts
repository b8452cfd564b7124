<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Filter by key, project or change… (Ctrl+F)</source>
        <translation>キー、プロジェクト、変更内容で絞り込み… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every limit change, new or deleted key, label and expiry change made here is recorded on this page, with its result.</source>
        <translation>まだ変更はありません。ここで行った上限の変更、キーの作成・削除、ラベルや有効期限の変更は、結果とともにこのページに記録されます。</translation>
    </message>
    <message>
        <source>The activity log is not available in this session.</source>
        <translation>このセッションではアクティビティログを利用できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changes</source>
        <translation>
            <numerusform>%n 件中 %1 件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n new spending alerts. Latest: %1</source>
        <translation>
            <numerusform>新しい利用額アラートが %n 件あります。最新: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Show the alerts page</source>
        <translation>アラートページを表示</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>利用額</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
</context>
<context>
    <name>AlertSubject</name>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation>今月 %2 のうち %1</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>今月 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n keys at their limit</source>
        <translation>
            <numerusform>上限に達したキー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys over %1 %</source>
        <translation>
            <numerusform>%1% を超えたキー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects at their limit</source>
        <translation>
            <numerusform>上限に達したプロジェクト %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects over %1 %</source>
        <translation>
            <numerusform>%1% を超えたプロジェクト %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected to exceed</source>
        <translation>
            <numerusform>%n 件が超過の見込み</numerusform>
        </translation>
    </message>
    <message>
        <source>balance below the floor</source>
        <translation>残高が下限を下回っています</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>すべて確認済みにする</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV にエクスポート…</translation>
    </message>
    <message>
        <source>Mute alerts for it</source>
        <translation>この対象のアラートを一時停止</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>対象を表示</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Open the key or project this alert is about</source>
        <translation>このアラートの対象のキーまたはプロジェクトを開く</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Until the monthly reset</source>
        <translation>月次リセットまで</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>No tray messages for the selected alert&apos;s key or project for a while</source>
        <translation>選択したアラートのキーまたはプロジェクトについて、しばらくトレイ通知を出さない</translation>
    </message>
    <message>
        <source>No alerts so far. You are told here and in the tray when a key or project reaches 50, 80, 90 or 100 % of its limit, or is projected to go over.</source>
        <translation>まだアラートはありません。キーまたはプロジェクトが上限の 50・80・90・100% に達したとき、または超過が見込まれるときに、こことトレイでお知らせします。</translation>
    </message>
    <message>
        <source>Alerts are not available in this session.</source>
        <translation>このセッションではアラートを利用できません。</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>アラートなし</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n 件のアラート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>未確認 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The system keychain refused access to the management key: unlock it and try again.</source>
        <translation>システムのキーチェーンが管理キーへのアクセスを拒否しました。ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot reach the system keychain (no D-Bus session): start a desktop session with a keyring, or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>システムのキーチェーンに接続できません (D-Bus セッションがありません)。キーリングのあるデスクトップセッションを開始するか、画面なしで使う場合は SPENDBOARD_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>No system keychain is available: install and start one (for example GNOME Keyring or KWallet), or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>利用できるシステムのキーチェーンがありません。GNOME Keyring や KWallet などをインストールして起動するか、画面なしで使う場合は SPENDBOARD_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: check your connection.</source>
        <translation>サーバーに接続できません。接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid; the connection was refused.</source>
        <translation>サーバーのセキュリティ証明書が無効なため、接続を拒否しました。</translation>
    </message>
    <message>
        <source>The server redirected to another address; Spendboard refused to send the key there.</source>
        <translation>サーバーが別のアドレスにリダイレクトしたため、Spendboard はそこへキーを送信しませんでした。</translation>
    </message>
    <message>
        <source>Refusing to send the key over an unencrypted connection: use https://.</source>
        <translation>暗号化されていない接続ではキーを送信しません。https:// を使用してください。</translation>
    </message>
    <message>
        <source>The key was rejected: check it in Settings.</source>
        <translation>キーが拒否されました。設定で確認してください。</translation>
    </message>
    <message>
        <source>The organization is out of credit: top up in the Requesty console.</source>
        <translation>組織のクレジットが残っていません。Requesty コンソールでチャージしてください。</translation>
    </message>
    <message>
        <source>It no longer exists on the server: it may have been deleted elsewhere.</source>
        <translation>サーバー上にもう存在しません。別の場所で削除された可能性があります。</translation>
    </message>
    <message>
        <source>It was changed on the server since you opened it: review the current value and try again.</source>
        <translation>開いた後にサーバー上で変更されました。現在の値を確認してもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: Spendboard will try again in %n s.</source>
        <translation>
            <numerusform>サーバーが混み合っています。Spendboard は %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy: Spendboard will try again shortly.</source>
        <translation>サーバーが混み合っています。Spendboard はまもなく再試行します。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>リクエストが無効です。</translation>
    </message>
    <message>
        <source>The request is not valid: %1.</source>
        <translation>リクエストが無効です: %1。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>サーバーがリクエストを拒否しました (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>サーバーがリクエストを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read (%1).</source>
        <translation>サーバーから Spendboard が読み取れないデータが送られてきました (%1)。</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read.</source>
        <translation>サーバーから Spendboard が読み取れないデータが送られてきました。</translation>
    </message>
    <message>
        <source>No management key is stored for this profile.</source>
        <translation>このプロファイルには管理キーが保存されていません。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>This key may not do that: it may have been revoked, or it lacks the management permission (read to view, write to change). Check the key in Settings.</source>
        <translation>このキーではその操作はできません。キーが取り消されたか、管理権限（表示には読み取り、変更には書き込み）がありません。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); this is usually temporary.</source>
        <translation>サーバーで問題が発生しました (HTTP %1)。通常は一時的なものです。</translation>
    </message>
    <message>
        <source>The server had a problem; this is usually temporary.</source>
        <translation>サーバーで問題が発生しました。通常は一時的なものです。</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <source>Spend this month as a share of the key&apos;s own monthly limit</source>
        <translation>キー自身の月間上限に対する今月の利用額の割合</translation>
    </message>
    <message>
        <source>Expected spend at the end of the month at the recent pace</source>
        <translation>最近のペースで見込まれる月末時点の利用額</translation>
    </message>
    <message>
        <source>What the key can still spend this month: the smaller of its own and its project&apos;s remaining limit</source>
        <translation>今月このキーがまだ使える額 (キー自身の上限と所属プロジェクトの上限の残りのうち小さい方)</translation>
    </message>
    <message>
        <source>This server has no projects</source>
        <translation>このサーバーにはプロジェクトがありません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>利用額 (今月)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>上限比</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>残り枠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 のうち %1</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>月末の見込み %1 (範囲 %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>すでに上限に達しています。</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>このペースでは %1 に上限に達します。</translation>
    </message>
    <message>
        <source>Bounded by the limit of project %1</source>
        <translation>プロジェクト %1 の上限による制限</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>Expired on %1 UTC</source>
        <translation>%1 (UTC) に期限切れ</translation>
    </message>
    <message>
        <source>Expires on %1 UTC</source>
        <translation>%1 (UTC) に期限切れになります</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>spendboard: the demo could not start: %1
</source>
        <translation>spendboard: デモを開始できませんでした: %1
</translation>
    </message>
    <message>
        <source>%1 — Spendboard</source>
        <translation>%1 — Spendboard</translation>
    </message>
    <message>
        <source>Spendboard is still running</source>
        <translation>Spendboard は実行中です</translation>
    </message>
    <message>
        <source>It keeps watching your limits here in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>トレイで引き続き上限を監視します。終了するにはトレイメニューか Ctrl+Q を使ってください。</translation>
    </message>
    <message>
        <source>The usage history cannot be used: %1</source>
        <translation>利用履歴を使用できません: %1</translation>
    </message>
    <message>
        <source>Alert pop-ups are snoozed until %1. Alerts are still recorded on the Alerts page.</source>
        <translation>アラートのポップアップは %1 まで停止中です。アラートは引き続きアラートページに記録されます。</translation>
    </message>
    <message>
        <source>Quiet hours are over</source>
        <translation>おやすみ時間が終了しました</translation>
    </message>
    <message>
        <source>The display currency could not be saved: %1</source>
        <translation>表示通貨を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>フィールド「%1」がありません</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>日時が不正です</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write the activity log %1: %2</source>
        <translation>アクティビティログ %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>アクティビティログを読み込めません: %1</translation>
    </message>
    <message>
        <source>Line %1 is unreadable: %2</source>
        <translation>%1 行目を読み取れません: %2</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2: the log was edited</source>
        <translation>%1 行目が %2 行目に続いていません。ログが編集されています</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Set limit</source>
        <translation>上限を設定</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation>ラベルを設定</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>有効期限を設定</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Set labels and expiry of a new key</source>
        <translation>新しいキーのラベルと有効期限を設定</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>保存するグラフがありません。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1 % · over the limit</source>
        <translation>%1 % · 上限超過</translation>
    </message>
    <message>
        <source>%1 % · near the limit</source>
        <translation>%1 % · 上限間近</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <source>%1: %2 spent this month, projected %3 by %4; no limit.</source>
        <translation>%1: 今月の支出 %2、%4 までに %3 の見込み。上限なし。</translation>
    </message>
    <message>
        <source>%1: %2 % of limit, projected %3 % by %4</source>
        <translation>%1: 上限の %2 %、%4 までに %3 % の見込み</translation>
    </message>
    <message>
        <source>, over the limit</source>
        <translation>、上限超過</translation>
    </message>
    <message>
        <source>, limit reached on %1</source>
        <translation>、%1 に上限到達</translation>
    </message>
    <message>
        <source> (%1 of %2).</source>
        <translation>（%2 のうち %1）。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Spent that day</source>
        <translation>その日の支出</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>今月の累計</translation>
    </message>
    <message>
        <source>Share of the limit</source>
        <translation>上限に対する割合</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>%1 の予測</translation>
    </message>
    <message>
        <source>No spend per day to show.</source>
        <translation>表示する日別支出はありません。</translation>
    </message>
    <message>
        <source>Spend per day from %1 to %2: %3 in all, the most on %4 (%5).</source>
        <translation>%1 から %2 までの日別支出: 合計 %3、最大は %4 (%5)。</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>利用額</translation>
    </message>
    <message>
        <source>No keys with spend yet.</source>
        <translation>支出のあるキーはまだありません。</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2（上限なし）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Top keys by spend this month: %1.</source>
        <translation>今月の支出上位のキー: %1。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>今月の利用額</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>今月のモデル別の利用額はまだありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Spend by model this month: %1.</source>
        <translation>今月のモデル別支出: %1。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
</context>
<context>
    <name>ChartTwin</name>
    <message>
        <source>%1 as a table</source>
        <translation>%1（表形式）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 を表で表示</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>このグラフの数値を表で表示</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>OK: no entity is at an alert threshold or projected to exceed its limit.</source>
        <translation>OK: アラートのしきい値に達した対象も、上限超過が見込まれる対象もありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities need attention:</source>
        <translation>
            <numerusform>注意が必要な対象が %n 件あります:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右クリックで表示する列を選択</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Run against a built-in simulated organization (no account needed).</source>
        <translation>組み込みの模擬組織で実行します (アカウント不要)。</translation>
    </message>
    <message>
        <source>Use the connection profile NAME.</source>
        <translation>接続プロファイル NAME を使用します。</translation>
    </message>
    <message>
        <source>Connect to URL with the key from SPENDBOARD_API_KEY.</source>
        <translation>SPENDBOARD_API_KEY のキーで URL に接続します。</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>トレイで起動します。</translation>
    </message>
    <message>
        <source>Write a PNG of the window once data has loaded, then exit.</source>
        <translation>データの読み込み後にウィンドウの PNG を書き出して終了します。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>--screenshot のウィンドウサイズ (既定値 1280x800)。</translation>
    </message>
    <message>
        <source>report: the month, as YYYY-MM.</source>
        <translation>report: 対象月 (YYYY-MM 形式)。</translation>
    </message>
    <message>
        <source>report: csv or json; check: text (default) or json.</source>
        <translation>report: csv または json。check: text (既定) または json。</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the output.</source>
        <translation>report: 標準出力の代わりに FILE に書き出します。</translation>
    </message>
    <message>
        <source>Spend of an LLM-gateway organization against its monthly limits.</source>
        <translation>LLM ゲートウェイの組織の利用額を月間上限と照らして表示します。</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>引数が多すぎます: %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use report or check.</source>
        <translation>不明なコマンド「%1」です。report または check を使用してください。</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>有効な URL ではありません: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --profile and --base-url.</source>
        <translation>--demo、--profile、--base-url はいずれか 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use one of %2.</source>
        <translation>不明なページ「%1」です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size には 幅x高さ を指定してください (例: 1280x800)。</translation>
    </message>
    <message>
        <source>--page and --size go with --screenshot.</source>
        <translation>--page と --size は --screenshot と一緒に使います。</translation>
    </message>
    <message>
        <source>report needs --month YYYY-MM.</source>
        <translation>report には --month YYYY-MM が必要です。</translation>
    </message>
    <message>
        <source>report needs --format csv or --format json.</source>
        <translation>report には --format csv または --format json が必要です。</translation>
    </message>
    <message>
        <source>check takes --format text or --format json.</source>
        <translation>check には --format text または --format json を指定できます。</translation>
    </message>
    <message>
        <source>The management key is never a command-line argument: it is read from the profile&apos;s entry in the system keychain, or from the SPENDBOARD_API_KEY environment variable.</source>
        <translation>管理キーをコマンドライン引数で渡すことはありません。システムのキーチェーンにあるプロファイルの項目、または環境変数 SPENDBOARD_API_KEY から読み込みます。</translation>
    </message>
    <message>
        <source>Page for --screenshot: overview, projects, keys, runway, alerts or activity.</source>
        <translation>--screenshot のページ: overview、projects、keys、runway、alerts、activity。</translation>
    </message>
    <message>
        <source>report: write the month-close pack (PDF and CSV files) into DIR.</source>
        <translation>report: 月次締めパック（PDF と CSV ファイル）を DIR に書き出します。</translation>
    </message>
    <message>
        <source>Optional: report (month report as CSV/JSON, or the month-close pack) or check (alerts, exit code 0 none, 1 some, 2 error).</source>
        <translation>省略可: report（月次レポート CSV/JSON、または月次締めパック）または check（アラート。終了コード 0 なし、1 あり、2 エラー）。</translation>
    </message>
    <message>
        <source>--pack writes its own files: leave out --format and --out.</source>
        <translation>--pack は独自のファイルを書き出します。--format と --out は指定しないでください。</translation>
    </message>
    <message>
        <source>--month, --format, --out and --pack go with the report or check command.</source>
        <translation>--month、--format、--out、--pack は report または check コマンドと一緒に使います。</translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>選択したプロファイルを削除</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Management key</source>
        <translation>管理キー</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>管理キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>A Requesty API key with manage permission. It is kept in the system keychain, never in Spendboard&apos;s settings.</source>
        <translation>管理権限のある Requesty の API キーです。Spendboard の設定ではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>システムのキーチェーンに保存されています。そのままにする場合は空欄のまま、置き換える場合は新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost or 127.0.0.1): anywhere else the management key would cross the network unencrypted and could be read. Use https://.</source>
        <translation>暗号化されていない http:// はこのコンピューター (localhost または 127.0.0.1) への接続にのみ使えます。それ以外では管理キーが暗号化されずにネットワークを流れ、読み取られるおそれがあります。https:// を使用してください。</translation>
    </message>
    <message>
        <source>This is not a server address. Example: %1</source>
        <translation>サーバーのアドレスではありません。例: %1</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>サーバーのアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>This key can edit: it can change limits and create or delete keys.</source>
        <translation>このキーは編集できます。上限の変更やキーの作成・削除が可能です。</translation>
    </message>
    <message>
        <source>This key is read only: Spendboard shows spend but can&apos;t change limits or keys.</source>
        <translation>このキーは読み取り専用です。利用額は表示できますが、上限やキーは変更できません。</translation>
    </message>
    <message>
        <source>This key has no management permission; spend can&apos;t be shown with it.</source>
        <translation>このキーには管理権限がないため、利用額を表示できません。</translation>
    </message>
    <message>
        <source>Connected to “%1”. %2</source>
        <translation>「%1」に接続しました。%2</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Remove Connection?</source>
        <translation>接続を削除しますか?</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its management key is deleted from the system keychain.</source>
        <translation>接続「%1」を削除しますか? 管理キーはシステムのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>There is no connection yet: add your management key under Tools → Connections…, or start with --demo to look around.</source>
        <translation>まだ接続がありません。ツール → 接続… で管理キーを追加するか、--demo で起動してお試しください。</translation>
    </message>
    <message>
        <source>--base-url needs the management key in the SPENDBOARD_API_KEY environment variable.</source>
        <translation>--base-url には環境変数 SPENDBOARD_API_KEY に管理キーが必要です。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>The key works, but its labels or expiry could not be set: %1 Set them again from the Keys page.</source>
        <translation>キーは使えますが、ラベルまたは有効期限を設定できませんでした: %1 「キー」ページから設定し直してください。</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>キーの名前</translation>
    </message>
    <message>
        <source>e.g. ci-bot or marketing-site</source>
        <translation>例: ci-bot、marketing-site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Monthly limit in US dollars</source>
        <translation>月間上限 (米ドル)</translation>
    </message>
    <message>
        <source>No li&amp;mit</source>
        <translation>上限なし(&amp;M)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Monthly &amp;limit (US$):</source>
        <translation>月間上限 (US$)(&amp;L):</translation>
    </message>
    <message>
        <source>Completions permission</source>
        <translation>Completions の権限</translation>
    </message>
    <message>
        <source>Whether the key can send requests to models through the router.</source>
        <translation>このキーがルーター経由でモデルにリクエストを送れるかどうか。</translation>
    </message>
    <message>
        <source>&amp;Completions:</source>
        <translation>Completions(&amp;C):</translation>
    </message>
    <message>
        <source>Management permission</source>
        <translation>管理権限</translation>
    </message>
    <message>
        <source>Whether the key can read (Read) or change (Write) keys and limits through the management API. Most keys need None.</source>
        <translation>このキーが管理 API でキーや上限を読み取れる (読み取り) か、変更できる (書き込み) か。ほとんどのキーは「なし」で十分です。</translation>
    </message>
    <message>
        <source>Mana&amp;gement API:</source>
        <translation>管理 API(&amp;G):</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <source>The key expires</source>
        <translation>キーに有効期限を設定</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>有効期限の日時</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Copy the key now. This is the only time it is shown: Spendboard does not keep it and it can&apos;t be shown again. Store it in your password manager or secret store.</source>
        <translation>今すぐキーをコピーしてください。表示されるのはこの一度だけです。Spendboard はキーを保存しないため、再表示できません。パスワードマネージャーなどに保管してください。</translation>
    </message>
    <message>
        <source>The new key (shown once)</source>
        <translation>新しいキー (一度だけ表示)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>キーをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>キーに名前を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %1 characters, it has %n.</source>
        <translation>
            <numerusform>名前が長すぎます。%1 文字までのところ、%n 文字あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a monthly limit, or tick “No limit”.</source>
        <translation>月間上限を入力するか、「上限なし」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>有効期限は未来の日時にしてください。</translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>キー「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation>キーを作成しました</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds unless you copy something else.</source>
        <translation>
            <numerusform>コピーしました。ほかのものをコピーしない限り、%n 秒後にクリップボードを消去します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>USD (no conversion)</source>
        <translation>USD（換算なし）</translation>
    </message>
    <message>
        <source>Dated rates, one per line: date, currency, units per US dollar</source>
        <translation>日付付きレート（1 行に 1 件）: 日付、通貨、1 米ドルあたりの単位</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>金額の表示通貨:</translation>
    </message>
    <message>
        <source>Monthly rates:</source>
        <translation>月次レート:</translation>
    </message>
    <message>
        <source>Import dated rates</source>
        <translation>日付付きレートをインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>レート: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>インポートされませんでした: %1</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>Amounts are shown in US dollars, as the API keeps them.</source>
        <translation>金額は API と同じく米ドルで表示されます。</translation>
    </message>
    <message>
        <source>No rate for %1 yet: amounts stay in US dollars until one is entered.</source>
        <translation>%1 のレートがまだありません。入力されるまで金額は米ドルのままです。</translation>
    </message>
    <message>
        <source>Each month is shown at the latest %1 rate dated on or before its last day; limits are still entered and sent in US dollars.</source>
        <translation>各月は、その月の最終日以前の日付を持つ最新の %1 レートで表示されます。上限は引き続き米ドルで入力・送信されます。</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>the rate is empty</source>
        <translation>レートが空です</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not positive</source>
        <translation>レート「%1」が正の値ではありません</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; has more than 6 decimals</source>
        <translation>レート「%1」の小数点以下が 6 桁を超えています</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is too large</source>
        <translation>レート「%1」が大きすぎます</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not a number</source>
        <translation>レート「%1」が数値ではありません</translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation>日付が無効です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>「%1」は 3 文字の通貨コードではありません</translation>
    </message>
    <message>
        <source>the rate must be positive</source>
        <translation>レートは正の値にしてください</translation>
    </message>
    <message>
        <source>line %1: expected 3 fields (date,currency,rate), found %2</source>
        <translation>%1 行目: 3 つのフィールド (date,currency,rate) が必要ですが、%2 個あります</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 行目: 「%2」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a three-letter currency code</source>
        <translation>%1 行目: 「%2」は 3 文字の通貨コードではありません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>line %1: a second %2 rate for %3 (the first is on line %4)</source>
        <translation>%1 行目: %3 の %2 レートが重複しています (最初は %4 行目)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>ファイルにレートがありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>unknown version of the currency file</source>
        <translation>通貨ファイルのバージョンが不明です</translation>
    </message>
    <message>
        <source>the display currency is not valid</source>
        <translation>表示通貨が無効です</translation>
    </message>
    <message>
        <source>rate %1: %2</source>
        <translation>レート %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a currency file: %2</source>
        <translation>%1 は通貨ファイルではありません: %2</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Spend per day</source>
        <translation>日別の利用額</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: まだありません</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 使用</translation>
    </message>
</context>
<context>
    <name>DailySpendPanel</name>
    <message>
        <source>Range of the spend per day chart</source>
        <translation>日別支出グラフの期間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全履歴</translation>
    </message>
    <message>
        <source>Longer ranges come from the usage history kept on this computer</source>
        <translation>長い期間はこのコンピューターに保存された利用履歴から表示されます</translation>
    </message>
    <message>
        <source>No local usage history is kept</source>
        <translation>ローカルの利用履歴は保存されていません</translation>
    </message>
    <message>
        <source>No usage history on this computer yet.</source>
        <translation>このコンピューターにはまだ利用履歴がありません。</translation>
    </message>
    <message>
        <source>No local usage history is kept.</source>
        <translation>ローカルの利用履歴は保存されていません。</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>%1 からの履歴</translation>
    </message>
    <message>
        <source>last synced %1 ago</source>
        <translation>最終同期 %1 前</translation>
    </message>
    <message>
        <source>showing saved data</source>
        <translation>保存済みデータを表示中</translation>
    </message>
</context>
<context>
    <name>DeleteKeyDialog</name>
    <message>
        <source>&amp;Delete Key</source>
        <translation>キーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API キーを削除</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Every app that uses it stops working at once, and this can&apos;t be undone.</source>
        <translation>キー「%1」を削除しますか? このキーを使うアプリはすべて直ちに動かなくなり、元に戻せません。</translation>
    </message>
    <message>
        <source>To confirm, type the key&apos;s &amp;name:</source>
        <translation>確認のためキーの名前を入力してください(&amp;N):</translation>
    </message>
    <message>
        <source>Type the key&apos;s name to confirm</source>
        <translation>確認のためキーの名前を入力</translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Type the name exactly.</source>
        <translation>名前を正確に入力してください。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Select a row to see its chart and details.</source>
        <translation>行を選択すると、そのグラフと詳細が表示されます。</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>モデル別</translation>
    </message>
    <message>
        <source>Spend by model is not available for a single key or project yet; the Overview shows it for the organization.</source>
        <translation>モデル別の利用額は、個別のキーやプロジェクトではまだ表示できません。組織全体の分は概要ページに表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 % of its monthly limit</source>
        <translation>%1 · 月間上限の %2%</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>月間上限</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>月末の予測</translation>
    </message>
    <message>
        <source>At the recent pace of %1 per day</source>
        <translation>最近の 1 日あたり %1 のペースの場合</translation>
    </message>
    <message>
        <source>Reaches its limit</source>
        <translation>上限到達</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>残り利用可能額</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>The smaller of the key&apos;s and its project&apos;s remaining limit</source>
        <translation>キーの上限とプロジェクトの上限の残りのうち小さい方</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>management: %1 · completions: %2</source>
        <translation>管理: %1 · completions: %2</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Private project of %1</source>
        <translation>%1 の個人プロジェクト</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>共有プロジェクト</translation>
    </message>
    <message>
        <source>Binds every key in the project</source>
        <translation>プロジェクト内のすべてのキーに適用</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>%1, likely %2 – %3</source>
        <translation>%1（見込み %2 – %3）</translation>
    </message>
    <message>
        <source>Limit resets</source>
        <translation>上限のリセット</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>今月の利用額</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>The monthly limit of “%1” is now %2.</source>
        <translation>「%1」の月間上限を %2 にしました。</translation>
    </message>
    <message>
        <source>“%1” has no monthly limit now.</source>
        <translation>「%1」の月間上限をなくしました。</translation>
    </message>
    <message>
        <source>Key “%1” created.</source>
        <translation>キー「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>キー「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Labels of “%1” saved.</source>
        <translation>「%1」のラベルを保存しました。</translation>
    </message>
    <message>
        <source>“%1” now expires on %2.</source>
        <translation>「%1」の有効期限を %2 にしました。</translation>
    </message>
    <message>
        <source>“%1” no longer expires.</source>
        <translation>「%1」の有効期限をなくしました。</translation>
    </message>
</context>
<context>
    <name>DiskCache</name>
    <message>
        <source>The cache %1 cannot be read (%2); it is ignored.</source>
        <translation>キャッシュ %1 を読み込めません (%2)。無視します。</translation>
    </message>
    <message>
        <source>The cache %1 is too large to be ours; it is ignored.</source>
        <translation>キャッシュ %1 は大きすぎるため Spendboard のものではありません。無視します。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2); it is ignored.</source>
        <translation>キャッシュ %1 が破損しています (%2)。無視します。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written: %2</source>
        <translation>キャッシュ %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>Nothing is loaded yet. Wait for the first refresh, then try again.</source>
        <translation>まだ何も読み込まれていません。最初の更新を待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This connection&apos;s key can only read. Changing limits and keys needs a key with manage permission “write”: ask an administrator for one, or choose another connection.</source>
        <translation>この接続のキーは読み取り専用です。上限やキーを変更するには、管理権限が「書き込み」のキーが必要です。管理者に依頼するか、別の接続を選んでください。</translation>
    </message>
    <message>
        <source>This key no longer exists on the server. It may have been deleted elsewhere.</source>
        <translation>このキーはサーバー上にもう存在しません。別の場所で削除された可能性があります。</translation>
    </message>
    <message>
        <source>The key “%1” expired on %2. An expired key can&apos;t be changed or revived; create a new key instead.</source>
        <translation>キー「%1」は %2 に期限切れになりました。期限切れのキーは変更も再有効化もできません。代わりに新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>This project no longer exists on the server.</source>
        <translation>このプロジェクトはサーバー上にもう存在しません。</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A table column header with the display currency, e.g. &quot;Spend (month) in EUR&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EntityTablePage</name>
    <message>
        <source>Edit limit…</source>
        <translation>上限を編集…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Available once the data has loaded.</source>
        <translation>データの読み込み後に利用できます。</translation>
    </message>
    <message>
        <source>This management key can only read: ask an admin for a key with manage: write.</source>
        <translation>この管理キーは読み取り専用です。管理権限が「書き込み」のキーを管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>先に行を選択してください。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>エラーの詳細を表示</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>期限なし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <source>Set Key Expiry</source>
        <translation>キーの有効期限を設定</translation>
    </message>
    <message>
        <source>When should the key “%1” stop working? After its expiry it can&apos;t be changed or revived.</source>
        <translation>キー「%1」をいつ無効にしますか? 期限切れ後は変更も再有効化もできません。</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Expires on a date</source>
        <translation>指定日に期限切れ</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>有効期限の日時</translation>
    </message>
    <message>
        <source>Save the expiry</source>
        <translation>有効期限を保存</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>有効期限は未来の日時にしてください。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Could not save the export.</source>
        <translation>エクスポートを保存できませんでした。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>このページにはエクスポートできるものがありません。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>There are no alerts to export.</source>
        <translation>エクスポートするアラートがありません。</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>アラートをエクスポート</translation>
    </message>
    <message>
        <source>The alerts are no longer available.</source>
        <translation>アラートはもう利用できません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Month report</source>
        <translation>月次レポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report yet.</source>
        <translation>レポートにするデータがまだありません。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>≥ 80 %</source>
        <translation>80% 以上</translation>
    </message>
    <message>
        <source>Only those at 80 % of their limit or more</source>
        <translation>上限の 80% 以上のもののみ</translation>
    </message>
    <message>
        <source>Only those that reached their limit</source>
        <translation>上限に達したもののみ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Only those without a monthly limit</source>
        <translation>月間上限のないもののみ</translation>
    </message>
    <message>
        <source>Only keys that expire within 7 days</source>
        <translation>7 日以内に期限切れになるキーのみ</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>絞り込み… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, label or owner (Ctrl+F)</source>
        <translation>名前、ラベル、オーナーで絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>期限間近</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>HeadlessSession</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>デモを開始できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>About Spendboard</source>
        <translation>Spendboard について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Spend of your LLM-gateway organization against its monthly limits, with alerts before a limit is reached.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;LLM ゲートウェイの組織の利用額を月間上限と照らして表示し、上限に達する前にアラートで知らせます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview, Projects, Keys, Alerts, Activity</source>
        <translation>概要、プロジェクト、キー、アラート、アクティビティ</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Ctrl+1 … Ctrl+5</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>表を絞り込む</translation>
    </message>
    <message>
        <source>Edit the selected limit</source>
        <translation>選択した上限を編集</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>選択したキーを削除</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>選択したアラートを確認済みにする</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Spend per day</source>
        <translation>日別の利用額</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 使用</translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>Cannot create the folder %1 for the usage history.</source>
        <translation>利用履歴用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The usage history %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>利用履歴 %1 が破損しており (%2)、退避できませんでした: %3</translation>
    </message>
    <message>
        <source>The usage history was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>利用履歴が破損していました (%1)。%2 に移動し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>整合性チェックに失敗しました</translation>
    </message>
    <message>
        <source>Cannot open the usage history %1: %2</source>
        <translation>利用履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The usage history is not open.</source>
        <translation>利用履歴が開かれていません。</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>履歴データベースを読み込めません: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Spendboard (schema %1; this version reads up to %2).</source>
        <translation>履歴データベースは新しいバージョンの Spendboard で書き込まれています (スキーマ %1。このバージョンは %2 まで読み込めます)。</translation>
    </message>
    <message>
        <source>The history database could not be upgraded from schema %1: %2</source>
        <translation>履歴データベースをスキーマ %1 からアップグレードできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Show only the keys of one project</source>
        <translation>1 つのプロジェクトのキーだけを表示</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>ラベル…</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>有効期限…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>新しいキー…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Select a key to see its chart, its facts and what you can do with it.</source>
        <translation>キーを選択すると、そのグラフ、情報、実行できる操作が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n keys</source>
        <translation>
            <numerusform>%n 個中 %1 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Edit Labels</source>
        <translation>ラベルを編集</translation>
    </message>
    <message>
        <source>Labels of the key “%1”, e.g. team = finance. Saving replaces all of them.</source>
        <translation>キー「%1」のラベル (例: team = finance)。保存するとすべて置き換わります。</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>ラベルを保存</translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <source>&amp;Add Label</source>
        <translation>ラベルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>ラベルを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>選択したラベルを削除</translation>
    </message>
    <message>
        <source>Label %1 has a value but no key. Give it a key or remove it.</source>
        <translation>ラベル %1 には値がありますがキーがありません。キーを付けるか、ラベルを削除してください。</translation>
    </message>
    <message>
        <source>The label key “%1” is used twice. Each key can appear only once.</source>
        <translation>ラベルのキー「%1」が重複しています。各キーは 1 回しか使えません。</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Edit Monthly Limit</source>
        <translation>月間上限を編集</translation>
    </message>
    <message>
        <source>The organization has no limit of its own.</source>
        <translation>組織自体には上限がありません。</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>今月の利用額:</translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation>現在の上限:</translation>
    </message>
    <message>
        <source>Forecast for month end:</source>
        <translation>月末の予測:</translation>
    </message>
    <message>
        <source>New monthly limit in US dollars</source>
        <translation>新しい月間上限 (米ドル)</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>上限なし(&amp;N)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Remove the monthly cap (the API stores this as 0).</source>
        <translation>月間の上限をなくします (API では 0 として保存されます)。</translation>
    </message>
    <message>
        <source>New &amp;limit (US$):</source>
        <translation>新しい上限 (US$)(&amp;L):</translation>
    </message>
    <message>
        <source>What the new limit means</source>
        <translation>新しい上限の影響</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>自分の値を使う</translation>
    </message>
    <message>
        <source>Use the value on the server</source>
        <translation>サーバーの値を使う</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the new limit</source>
        <translation>新しい上限を保存</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>プロジェクト「%1」</translation>
    </message>
    <message>
        <source>Key “%1”</source>
        <translation>キー「%1」</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (見込み %2 – %3)</translation>
    </message>
    <message>
        <source>No cap: spending continues without a monthly limit. Expected by the month end: %1.</source>
        <translation>上限なし: 月間の上限なしで利用が続きます。月末までの見込み: %1。</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): every key in this project is blocked at once.</source>
        <translation>すでに今月の利用額 (%1) を下回っています。このプロジェクトのすべてのキーが直ちにブロックされます。</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): the key is blocked at once.</source>
        <translation>すでに今月の利用額 (%1) を下回っています。キーは直ちにブロックされます。</translation>
    </message>
    <message>
        <source>Nothing has been spent recently, so this limit lasts the whole month.</source>
        <translation>最近の利用がないため、この上限で月末までもちます。</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts the whole month.</source>
        <translation>現在のペース (1 日 %1) なら月末までもちます。</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format for &quot;lasts until 27 Nov&quot;; see QDate::toString.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts until %2.</source>
        <translation>現在のペース (1 日 %1) では %2 までもちます。</translation>
    </message>
    <message>
        <source>Block at once?</source>
        <translation>直ちにブロックしますか?</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks every key in the project at once, until the limit is raised or the month ends.</source>
        <translation>「%1」の今月の利用額はすでに %2 です。上限を %3 にすると、上限を引き上げるか月が終わるまで、プロジェクト内のすべてのキーが直ちにブロックされます。</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks the key at once, until the limit is raised or the month ends.</source>
        <translation>「%1」の今月の利用額はすでに %2 です。上限を %3 にすると、上限を引き上げるか月が終わるまで、キーは直ちにブロックされます。</translation>
    </message>
    <message>
        <source>Set Limit and Block</source>
        <translation>上限を設定してブロック</translation>
    </message>
    <message>
        <source>Raise more than tenfold?</source>
        <translation>10 倍を超えて引き上げますか?</translation>
    </message>
    <message>
        <source>The limit of “%1” goes from %2 to %3, more than ten times as much. Is that amount right (not an extra zero)?</source>
        <translation>「%1」の上限が %2 から %3 へと 10 倍を超えて増えます。金額は正しいですか (ゼロが多すぎませんか)?</translation>
    </message>
    <message>
        <source>Raise Limit</source>
        <translation>上限を引き上げる</translation>
    </message>
    <message>
        <source>Someone changed this limit to %1 while you were editing. Your value: %2.</source>
        <translation>編集中に他の人がこの上限を %1 に変更しました。あなたの値: %2。</translation>
    </message>
    <message>
        <source>&amp;Keep My Value (%1)</source>
        <translation>自分の値を使う (%1)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Resets:</source>
        <translation>リセット:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message>
        <source>Sent to the API: 0, which means no limit.</source>
        <translation>API に送信: 0（上限なし）。</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars). Shown as %2 at the %3 rate.</source>
        <translation>API に送信: %1（米ドル）。%3 のレートで %2 と表示。</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars).</source>
        <translation>API に送信: %1（米ドル）。</translation>
    </message>
</context>
<context>
    <name>LocalHistory</name>
    <message>
        <source>The usage history could not be saved: %1</source>
        <translation>利用履歴を保存できませんでした: %1</translation>
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
        <translation>概要</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Switch between organizations or servers</source>
        <translation>組織やサーバーを切り替える</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch the latest spend now (F5)</source>
        <translation>最新の利用額を今すぐ取得 (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current page as CSV (tables) or PNG (the overview chart)</source>
        <translation>現在のページを CSV (表) または PNG (概要グラフ) で保存</translation>
    </message>
    <message>
        <source>Month report &amp;PDF…</source>
        <translation>月次レポート PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Spendboard</source>
        <translation>Spendboard について(&amp;A)</translation>
    </message>
    <message>
        <source>Showing the data from %1.</source>
        <translation>%1 時点のデータを表示しています。</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>アラート (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n not acknowledged</source>
        <translation>
            <numerusform>アラート、未確認 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>アラート、未確認なし</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Month-close &amp;pack</source>
        <translation>月次締めパック(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (so far)…</source>
        <translation>%1（現時点まで）…</translation>
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
        <translation>その他</translation>
    </message>
    <message>
        <source>%1: %2 this month (%3 %)</source>
        <translation>%1: 今月 %2 (%3%)</translation>
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
        <translation>金額 (米ドル)</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>金額の問題</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>金額を入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>金額を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>「%1」は金額ではありません。数字を入力してください (例: %2)。</translation>
    </message>
    <message>
        <source>Use at most two decimals (whole cents).</source>
        <translation>小数点以下は 2 桁まで (セント単位) にしてください。</translation>
    </message>
    <message>
        <source>The largest amount allowed here is %1.</source>
        <translation>ここで入力できる最大の金額は %1 です。</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>The change log was not checked.</source>
        <translation>変更履歴は検証されていません。</translation>
    </message>
    <message>
        <source>The change log verifies: no entry was edited or removed.</source>
        <translation>変更履歴の検証に成功しました。編集・削除されたエントリはありません。</translation>
    </message>
    <message>
        <source>The change log does not verify: %1</source>
        <translation>変更履歴の検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>MonthCloseController</name>
    <message>
        <source>Folder for the month-close pack of %1</source>
        <translation>%1 の月次締めパックの保存先フォルダー</translation>
    </message>
    <message>
        <source>The month-close pack needs the usage history kept on this computer, and it is not available.</source>
        <translation>月次締めパックにはこのコンピューターの利用履歴が必要ですが、利用できません。</translation>
    </message>
    <message>
        <source>Writing the month-close pack of %1…</source>
        <translation>%1 の月次締めパックを書き出しています…</translation>
    </message>
    <message>
        <source>Month-close pack</source>
        <translation>月次締めパック</translation>
    </message>
    <message>
        <source>The month-close pack could not be written. %1</source>
        <translation>月次締めパックを書き出せませんでした。%1</translation>
    </message>
    <message>
        <source>Month-close pack written to %1. %2</source>
        <translation>月次締めパックを %1 に書き出しました。%2</translation>
    </message>
</context>
<context>
    <name>MonthClosePack</name>
    <message>
        <source>Month close %1</source>
        <translation>月次締め %1</translation>
    </message>
    <message>
        <source>All amounts in USD. Spend is per UTC calendar month.</source>
        <translation>金額はすべて USD。支出は UTC の暦月単位です。</translation>
    </message>
    <message>
        <source>The month is not complete: the figures are those of the last sync.</source>
        <translation>月はまだ終わっていません。数値は最終同期時点のものです。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>プロジェクトはありません。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>キーはありません。</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>予測と実績</translation>
    </message>
    <message>
        <source>No forecasts were recorded this month.</source>
        <translation>今月は予測が記録されていません。</translation>
    </message>
    <message>
        <source>Limit changes made from Spendboard</source>
        <translation>Spendboard で行った上限の変更</translation>
    </message>
    <message>
        <source>No limit was changed from Spendboard this month.</source>
        <translation>今月は Spendboard で変更された上限はありません。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>今月のアラートはありません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>The limit was changed on the server to %1; you saw %2.</source>
        <translation>サーバー上で上限が %1 に変更されました (表示されていた値: %2)。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Spent this month</source>
        <translation>今月の利用額</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>月末の予測</translation>
    </message>
    <message>
        <source>Organization balance</source>
        <translation>組織の残高</translation>
    </message>
    <message>
        <source>Sum of key limits</source>
        <translation>キーの上限の合計</translation>
    </message>
    <message>
        <source>Near or over the limit</source>
        <translation>上限に近い・超過</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>グラフの対象</translation>
    </message>
    <message>
        <source>Show the chart of the whole organization, a project or a key</source>
        <translation>組織全体、プロジェクト、キーのいずれかのグラフを表示</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>今月の累計</translation>
    </message>
    <message>
        <source>Top 10 keys by spend</source>
        <translation>利用額の多いキー上位 10</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>日別の利用額</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>モデル別の利用額</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <source>No data yet: %1</source>
        <translation>まだデータがありません: %1</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>まだデータがありません — 接続中…</translation>
    </message>
    <message>
        <source>This organization has no keys yet.</source>
        <translation>この組織にはまだキーがありません。</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>今月のモデル別の利用額はまだありません。</translation>
    </message>
    <message>
        <source>waiting for data…</source>
        <translation>データを待っています…</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>today so far: %1</source>
        <translation>本日これまで: %1</translation>
    </message>
    <message>
        <source>What every key of the organization spent since the month began on %1 (UTC).</source>
        <translation>月初 (%1、UTC) 以降に組織のすべてのキーが使った額。</translation>
    </message>
    <message>
        <source>likely %1–%2</source>
        <translation>見込み %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the recent pace of %2 per day.</source>
        <translation>最近の 1 日あたり %2 のペースで見込まれる %1 時点の利用額。</translation>
    </message>
    <message>
        <source>no credit left: requests will fail</source>
        <translation>クレジット残高なし: リクエストは失敗します</translation>
    </message>
    <message numerus="yes">
        <source>lasts about %n days at this pace</source>
        <translation>
            <numerusform>このペースで約 %n 日もちます</numerusform>
        </translation>
    </message>
    <message>
        <source>no recent spend</source>
        <translation>最近の利用なし</translation>
    </message>
    <message>
        <source>Prepaid credit left in the organization.</source>
        <translation>組織に残っているプリペイドのクレジット。</translation>
    </message>
    <message>
        <source>every key has a limit</source>
        <translation>すべてのキーに上限あり</translation>
    </message>
    <message numerus="yes">
        <source>%n keys without a limit</source>
        <translation>
            <numerusform>上限のないキー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly limits of all keys added up. Not a cap on the organization: each key stops at its own limit.</source>
        <translation>すべてのキーの月間上限の合計です。組織の上限ではなく、各キーはそれぞれの上限で止まります。</translation>
    </message>
    <message numerus="yes">
        <source>%n keys ≥ 80 %</source>
        <translation>
            <numerusform>80% 以上のキー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation>
            <numerusform>上限超過 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects ≥ 80 %</source>
        <translation>
            <numerusform>80% 以上のプロジェクト %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n 件が超過</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys and projects that used at least 80 % of their monthly limit. See the Keys page, quick filter “≥ 80 %”.</source>
        <translation>月間上限の 80% 以上を使ったキーとプロジェクト。「キー」ページのクイックフィルター「80% 以上」で確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left</source>
        <translation>
            <numerusform>残り %n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly limits and spend start again at 00:00 UTC on the 1st.</source>
        <translation>月間上限と利用額は毎月 1 日 00:00 (UTC) にリセットされます。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <source>%1 in US dollars</source>
        <translation>米ドルで %1</translation>
    </message>
    <message>
        <source>Converted at the %1 rate dated %2 (%3 per US dollar); the API keeps US dollars.</source>
        <translation>%2 付けの %1 レート（1 米ドルあたり %3）で換算。API は米ドルで保持します。</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>リセット %1</translation>
    </message>
    <message>
        <source>resets %1, %2</source>
        <translation>リセット %1、%2</translation>
    </message>
    <message>
        <source>at the last sync, %1</source>
        <translation>最終同期時点、%1</translation>
    </message>
    <message>
        <source>From the usage history kept on this computer: the server cannot be reached now.</source>
        <translation>このコンピューターの利用履歴から表示しています。現在サーバーに接続できません。</translation>
    </message>
    <message>
        <source>from local history, likely %1–%2</source>
        <translation>ローカル履歴より、見込み %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the pace of %2 per day recorded in the usage history on this computer up to the last sync, %3: the server cannot be reached now.</source>
        <translation>前回の同期 (%3) までにこのコンピューターの使用履歴に記録された 1 日あたり %2 のペースでの %1 の予想支出です。現在サーバーに接続できません。</translation>
    </message>
    <message>
        <source>%1 From the usage history on this computer, last synced %2.</source>
        <translation>%1 このコンピューターの使用履歴より (前回の同期: %2)。</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>spendboard: --month wants YYYY-MM, for example 2026-11.
</source>
        <translation>spendboard: --month には YYYY-MM を指定してください（例: 2026-11）。
</translation>
    </message>
    <message>
        <source>spendboard: %1 has not started yet.
</source>
        <translation>spendboard: %1 はまだ始まっていません。
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be opened: %1
</source>
        <translation>spendboard: 利用履歴を開けません: %1
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be written: %1
</source>
        <translation>spendboard: 利用履歴を書き込めません: %1
</translation>
    </message>
    <message>
        <source>Month-close pack for %1 written to %2.
%3
</source>
        <translation>%1 の月次締めパックを %2 に書き出しました。
%3
</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Spend report %1: %2</source>
        <translation>利用額レポート %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>利用額</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>上限比</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Spend report: %1</source>
        <translation>利用額レポート: %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · %2 時点</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>今月の利用額</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Forecast for the month end</source>
        <translation>月末の予測</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>プロジェクトはありません。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (続き)</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>キーはありません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Could not create the PDF “%1”.</source>
        <translation>PDF「%1」を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>プロファイル名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>プロファイル名が長すぎます (%1 文字まで)。</translation>
    </message>
    <message>
        <source>The profile name contains invisible control characters.</source>
        <translation>プロファイル名に目に見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>サーバーのアドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>サーバーのアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 s and %2 s.</source>
        <translation>更新間隔は %1 秒から %2 秒の間にしてください。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>▲ %1 %</source>
        <translation>▲ %1%</translation>
    </message>
    <message>
        <source>■ %1 % · over</source>
        <translation>■ %1% · 超過</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>What the project&apos;s keys can still spend together this month</source>
        <translation>このプロジェクトのキーが今月まだ合計で使える額</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>利用額 (今月)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>上限比</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>残り枠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 のうち %1</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>月末の見込み %1 (範囲 %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>すでに上限に達しています。</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>このペースでは %1 に上限に達します。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Show its keys</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>プロジェクトの種類</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>共有のみ</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>個人のみ</translation>
    </message>
    <message>
        <source>Open the Keys page filtered to this project</source>
        <translation>このプロジェクトで絞り込んだ「キー」ページを開く</translation>
    </message>
    <message>
        <source>Select a project to see its chart and facts. A project&apos;s limit binds every key created in it.</source>
        <translation>プロジェクトを選択すると、そのグラフと情報が表示されます。プロジェクトの上限は、その中で作成されたすべてのキーに適用されます。</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>まだデータがありません — 接続中…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Projects are managed in the Requesty console&lt;/h3&gt;&lt;p&gt;This server does not offer project information to management keys, so Spendboard cannot show project limits here. A project&apos;s limit still applies to every key in it.&lt;/p&gt;&lt;p&gt;Key limits work as usual: see the &lt;b&gt;Keys&lt;/b&gt; page to watch and change them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;プロジェクトは Requesty コンソールで管理します&lt;/h3&gt;&lt;p&gt;このサーバーは管理キーにプロジェクトの情報を提供しないため、Spendboard ではプロジェクトの上限を表示できません。それでもプロジェクトの上限は、そのプロジェクト内のすべてのキーに適用されます。&lt;/p&gt;&lt;p&gt;キーの上限は通常どおり使えます。&lt;b&gt;キー&lt;/b&gt;ページで確認・変更してください。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n 件のプロジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%n 件中 %1 件のプロジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or owner (Ctrl+F)</source>
        <translation>名前、オーナーで絞り込み (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>QuietHoursBuffer</name>
    <message>
        <source>the organization crossed %1 %</source>
        <translation>組織が %1% を超えました</translation>
    </message>
    <message>
        <source>the organization reached its limit</source>
        <translation>組織が上限に達しました</translation>
    </message>
    <message>
        <source>the organization crossed %1 % of its budget</source>
        <translation>組織が予算の %1% を超えました</translation>
    </message>
    <message>
        <source>the organization is on course to exceed its limit</source>
        <translation>組織は上限を超える見込みです</translation>
    </message>
    <message>
        <source>the organization&apos;s balance ran low</source>
        <translation>組織の残高が少なくなりました</translation>
    </message>
    <message>
        <source>1 project crossed %1 %</source>
        <translation>1 件のプロジェクトが %1% を超えました</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n 件のプロジェクトが %1% を超えました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project reached its limit</source>
        <translation>1 件のプロジェクトが上限に達しました</translation>
    </message>
    <message numerus="yes">
        <source>%n projects reached their limit</source>
        <translation>
            <numerusform>%n 件のプロジェクトが上限に達しました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project crossed %1 % of its budget</source>
        <translation>1 件のプロジェクトが予算の %1% を超えました</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n 件のプロジェクトが予算の %1% を超えました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project is on course to exceed its limit</source>
        <translation>1 件のプロジェクトが上限を超える見込みです</translation>
    </message>
    <message numerus="yes">
        <source>%n projects are on course to exceed their limit</source>
        <translation>
            <numerusform>%n 件のプロジェクトが上限を超える見込みです</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 %</source>
        <translation>1 個のキーが %1% を超えました</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n 個のキーが %1% を超えました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key reached its limit</source>
        <translation>1 個のキーが上限に達しました</translation>
    </message>
    <message numerus="yes">
        <source>%n keys reached their limit</source>
        <translation>
            <numerusform>%n 個のキーが上限に達しました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 % of its budget</source>
        <translation>1 個のキーが予算の %1% を超えました</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n 個のキーが予算の %1% を超えました</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key is on course to exceed its limit</source>
        <translation>1 個のキーが上限を超える見込みです</translation>
    </message>
    <message numerus="yes">
        <source>%n keys are on course to exceed their limit</source>
        <translation>
            <numerusform>%n 個のキーが上限を超える見込みです</numerusform>
        </translation>
    </message>
    <message>
        <source>While quiet hours were on: %1.</source>
        <translation>おやすみ時間中: %1。</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing</source>
        <translation>更新中</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>まだデータがありません</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>offline — showing data from %1</source>
        <translation>オフライン — %1 時点のデータを表示</translation>
    </message>
    <message>
        <source>showing saved data from %1</source>
        <translation>%1 時点の保存データを表示</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>%1前に更新</translation>
    </message>
    <message>
        <source>not updated — showing data from %1</source>
        <translation>未更新 — %1 時点のデータを表示</translation>
    </message>
    <message>
        <source>connecting… — last synced %1 ago</source>
        <translation>接続中… — 最終同期 %1 前</translation>
    </message>
    <message>
        <source>offline — last synced %1 ago</source>
        <translation>オフライン — 最終同期 %1 前</translation>
    </message>
    <message>
        <source>(last synced %1 ago)</source>
        <translation>（最終同期 %1 前）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--month wants YYYY-MM, for example 2026-11.</source>
        <translation>--month には YYYY-MM を指定してください (例: 2026-11)。</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 はまだ始まっていません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours until the reset</comment>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes until the reset</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes until the reset</comment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>reset on %1</source>
        <translation>%1 にリセット</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>あと %1 でリセット</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1 %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>local time of the reset</comment>
        <translation>現地時間 %1</translation>
    </message>
    <message>
        <source>%1 %2 your time</source>
        <comment>local date and time of the reset</comment>
        <translation>現地時間 %1 %2</translation>
    </message>
    <message>
        <source>Limits were reset on %1.</source>
        <translation>上限は %1 にリセットされました。</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2.</source>
        <translation>上限はあと %1 (%2) でリセットされます。</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2 (%3).</source>
        <translation>上限はあと %1 (%2、%3) でリセットされます。</translation>
    </message>
    <message>
        <source>Spend this month (since %1)</source>
        <translation>今月の利用額 (%1 以降)</translation>
    </message>
</context>
<context>
    <name>ResetNotifier</name>
    <message>
        <source>Monthly limits have reset</source>
        <translation>月次上限がリセットされました</translation>
    </message>
    <message>
        <source>Spend counts from %1.</source>
        <translation>支出は %1 から数えます。</translation>
    </message>
    <message>
        <source>Spend counts from %1 (%2).</source>
        <translation>支出は %1 (%2) から数えます。</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1</source>
        <translation>月次上限がリセットされました — 支出は %1 から数えます</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1 (%2)</source>
        <translation>月次上限がリセットされました — 支出は %1 (%2) から数えます</translation>
    </message>
</context>
<context>
    <name>RunwayCalculator</name>
    <message>
        <source>At or over its limit</source>
        <translation>上限に到達または超過</translation>
    </message>
    <message numerus="yes">
        <source>Reaches its limit within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に上限に到達</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaches its limit this month at the current burn</source>
        <translation>現在のペースでは今月中に上限に到達</translation>
    </message>
    <message>
        <source>The limit resets before it is reached</source>
        <translation>上限に達する前にリセット</translation>
    </message>
    <message>
        <source>Capped, but nothing spent recently</source>
        <translation>上限あり、最近の利用なし</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
</context>
<context>
    <name>RunwayModel</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>到達</translation>
    </message>
    <message>
        <source>after the reset</source>
        <translation>リセット後</translation>
    </message>
    <message>
        <source>Capped by the project&apos;s limit</source>
        <translation>プロジェクトの上限による制限</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Limit reached on</source>
        <translation>上限到達日</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>残り枠</translation>
    </message>
    <message>
        <source>Burn/day</source>
        <translation>1 日あたりの利用額</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>過去 14 日間</translation>
    </message>
</context>
<context>
    <name>RunwayPage</name>
    <message>
        <source>Runway of keys and projects</source>
        <translation>キーとプロジェクトの残り日数</translation>
    </message>
    <message>
        <source>Filter by key or project… (Ctrl+F)</source>
        <translation>キーまたはプロジェクトで絞り込み… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Keys and projects</source>
        <translation>キーとプロジェクト</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n at or over their cap</source>
        <translation>
            <numerusform>%n 件が上限に到達または超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reach their cap within 7 days</source>
        <translation>
            <numerusform>%n 件が 7 日以内に上限到達</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked by days left at the current burn; a key&apos;s project cap counts too</source>
        <translation>現在の消費ペースでの残り日数順。キーのプロジェクト上限も考慮します</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>spendboard: could not write the screenshot to %1
</source>
        <translation>spendboard: スクリーンショットを %1 に書き出せませんでした
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Warn when the &amp;forecast exceeds a limit</source>
        <translation>予測が上限を超えるときに警告する(&amp;F)</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>トレイに最小化して起動する(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Spendboard in the tray</source>
        <translation>ウィンドウを閉じても Spendboard をトレイに残す(&amp;C)</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>言語は再起動後に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no pop-up alerts from</source>
        <translation>おやすみ時間(&amp;Q): ポップアップ通知を出さない時間帯</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>更新間隔 (秒)</translation>
    </message>
    <message>
        <source>How often the data is fetched; at least %1 seconds.</source>
        <translation>データを取得する間隔 (%1 秒以上)。</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days of history in charts</source>
        <translation>グラフに表示する履歴の日数</translation>
    </message>
    <message>
        <source>&amp;History in charts:</source>
        <translation>グラフの履歴(&amp;H):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Alert when spend reaches these percentages of a limit:</source>
        <translation>利用額が上限の次の割合に達したら通知:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Forecast alerts</source>
        <translation>予測アラート</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>おやすみ時間</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>おやすみ時間の開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>おやすみ時間の終了</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>トレイに最小化して起動</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>閉じるとトレイに格納</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>アラートのしきい値</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>New threshold in percent</source>
        <translation>新しいしきい値 (%)</translation>
    </message>
    <message>
        <source>Add the threshold</source>
        <translation>しきい値を追加</translation>
    </message>
    <message>
        <source>Remove the selected threshold</source>
        <translation>選択したしきい値を削除</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Keep at least one alert threshold.</source>
        <translation>アラートのしきい値を 1 つ以上残してください。</translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation>おやすみ時間の開始と終了には異なる時刻を指定してください。</translation>
    </message>
    <message>
        <source>Alerts are still recorded on the Alerts page during quiet hours; one summary pops up when they end. To pause pop-ups until tomorrow or until the limits reset, use the tray menu.</source>
        <translation>おやすみ時間中もアラートはアラートページに記録され、終了時に概要が 1 回表示されます。明日まで、または上限のリセットまでポップアップを止めるには、トレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>Tell me when the monthly limits r&amp;eset</source>
        <translation>月次上限のリセットを知らせる(&amp;E)</translation>
    </message>
    <message>
        <source>Notice when limits reset</source>
        <translation>上限リセットの通知</translation>
    </message>
    <message>
        <source>Once a month, at the first refresh after 00:00 UTC on the 1st: spend starts again from zero and keys stopped at their limit work again. Waits for the end of quiet hours.</source>
        <translation>毎月 1 日の 00:00 UTC 以降の最初の更新時に一度だけ: 支出はゼロから数え直され、上限で止まったキーが再び使えるようになります。おやすみ時間中は終わるまで待ちます。</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Forecast range</source>
        <translation>予測の範囲</translation>
    </message>
    <message>
        <source>80–100 % of limit</source>
        <translation>上限の 80–100%</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>今月の利用額</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>月間上限</translation>
    </message>
    <message>
        <source>Spent %1 this month</source>
        <translation>今月の利用額 %1</translation>
    </message>
    <message>
        <source>Monthly limit: %1</source>
        <translation>月間上限: %1</translation>
    </message>
    <message>
        <source>Forecast for the month end: %1
likely between %2 and %3</source>
        <translation>月末の予測: %1
見込み %2 – %3</translation>
    </message>
    <message>
        <source>Now (%1): %2 spent this month</source>
        <translation>現在 (%1): 今月の利用額 %2</translation>
    </message>
    <message>
        <source>By %1: %2 spent</source>
        <translation>%1 まで: %2 使用</translation>
    </message>
</context>
<context>
    <name>SpendStatus</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Show the technical details of this problem</source>
        <translation>この問題の技術的な詳細を表示</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>Key %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>キー %1 が月間上限 %3 の %2% に達しました (利用額 %4)。</translation>
    </message>
    <message>
        <source>Project %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>プロジェクト %1 が月間上限 %3 の %2% に達しました (利用額 %4)。</translation>
    </message>
    <message>
        <source>%1 reached %2 % of its %3 monthly budget (%4 spent).</source>
        <translation>%1 が月間予算 %3 の %2% に達しました (利用額 %4)。</translation>
    </message>
    <message>
        <source>Projected to reach the limit on %1.</source>
        <translation>%1 に上限に達する見込みです。</translation>
    </message>
    <message>
        <source>Key %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>キー %1 は %3 に月間上限 %2 に達する見込みです (これまでの利用額 %4)。</translation>
    </message>
    <message>
        <source>Project %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>プロジェクト %1 は %3 に月間上限 %2 に達する見込みです (これまでの利用額 %4)。</translation>
    </message>
    <message>
        <source>%1 is projected to reach its %2 monthly budget on %3 (%4 spent so far).</source>
        <translation>%1 は %3 に月間予算 %2 に達する見込みです (これまでの利用額 %4)。</translation>
    </message>
    <message>
        <source>%1 balance is %2, below the %3 floor.</source>
        <translation>%1 の残高は %2 で、下限の %3 を下回っています。</translation>
    </message>
</context>
<context>
    <name>TopKeysChart</name>
    <message>
        <source>Under 80 %</source>
        <translation>80% 未満</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100%</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>%1 · no limit</source>
        <translation>%1 · 上限なし</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1: %2 spent, no limit</source>
        <translation>%1: %2 使用、上限なし</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent</source>
        <translation>%1: %3 のうち %2 使用</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open Spendboard</source>
        <translation>Spendboard を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts for 1 Hour</source>
        <translation>アラートを 1 時間停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>%1 at %2 % of its limit</source>
        <translation>%1 が上限の %2% に到達</translation>
    </message>
    <message>
        <source>Budget at %1 %</source>
        <translation>予算の %1% に到達</translation>
    </message>
    <message>
        <source>%1 projected to reach its limit</source>
        <translation>%1 は上限に達する見込み</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>残高不足</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%1% を超えたキー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%1% を超えたプロジェクト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget projected to be reached</source>
        <translation>予算に達する見込み</translation>
    </message>
    <message numerus="yes">
        <source>%n keys projected to reach their limit</source>
        <translation>
            <numerusform>上限に達する見込みのキー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects projected to reach their limit</source>
        <translation>
            <numerusform>上限に達する見込みのプロジェクト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget crossed %1 %</source>
        <translation>予算が %1% を超えました</translation>
    </message>
    <message>
        <source>Balance below the floor</source>
        <translation>残高が下限未満</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spending alerts</source>
        <translation>
            <numerusform>%n 件の利用額アラート</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Alerts Until &amp;Tomorrow</source>
        <translation>明日までアラートを停止(&amp;T)</translation>
    </message>
    <message>
        <source>Snooze Alerts Until the Limits &amp;Reset</source>
        <translation>上限のリセットまでアラートを停止(&amp;R)</translation>
    </message>
</context>
</TS>
