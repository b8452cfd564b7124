<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changes</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <source>%n new spending alerts. Latest: %1</source>
        <translation>
            <numerusform>%n new spending alert. Latest: %1</numerusform>
            <numerusform>%n new spending alerts. Latest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message numerus="yes">
        <source>%n keys at their limit</source>
        <translation>
            <numerusform>%n key at its limit</numerusform>
            <numerusform>%n keys at their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys over %1 %</source>
        <translation>
            <numerusform>%n key over %1 %</numerusform>
            <numerusform>%n keys over %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects at their limit</source>
        <translation>
            <numerusform>%n project at its limit</numerusform>
            <numerusform>%n projects at their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects over %1 %</source>
        <translation>
            <numerusform>%n project over %1 %</numerusform>
            <numerusform>%n projects over %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected to exceed</source>
        <translation>
            <numerusform>%n projected to exceed</numerusform>
            <numerusform>%n projected to exceed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n not acknowledged</numerusform>
            <numerusform>%n not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server is busy: Spendboard will try again in %n s.</source>
        <translation>
            <numerusform>The server is busy: Spendboard will try again in %n s.</numerusform>
            <numerusform>The server is busy: Spendboard will try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n entities need attention:</source>
        <translation>
            <numerusform>%n entity needs attention:</numerusform>
            <numerusform>%n entities need attention:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message numerus="yes">
        <source>The name is too long: at most %1 characters, it has %n.</source>
        <translation>
            <numerusform>The name is too long: at most %1 characters, it has %n.</numerusform>
            <numerusform>The name is too long: at most %1 characters, it has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds unless you copy something else.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n keys</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Alerts, %n not acknowledged</source>
        <translation>
            <numerusform>Alerts, %n not acknowledged</numerusform>
            <numerusform>Alerts, %n not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>lasts about %n days at this pace</source>
        <translation>
            <numerusform>lasts about %n day at this pace</numerusform>
            <numerusform>lasts about %n days at this pace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys without a limit</source>
        <translation>
            <numerusform>%n key without a limit</numerusform>
            <numerusform>%n keys without a limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys ≥ 80 %</source>
        <translation>
            <numerusform>%n key ≥ 80 %</numerusform>
            <numerusform>%n keys ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation>
            <numerusform>%n over the limit</numerusform>
            <numerusform>%n over the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects ≥ 80 %</source>
        <translation>
            <numerusform>%n project ≥ 80 %</numerusform>
            <numerusform>%n projects ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n over</numerusform>
            <numerusform>%n over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuietHoursBuffer</name>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n project crossed %1 %</numerusform>
            <numerusform>%n projects crossed %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects reached their limit</source>
        <translation>
            <numerusform>%n project reached its limit</numerusform>
            <numerusform>%n projects reached their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n project crossed %1 % of its budget</numerusform>
            <numerusform>%n projects crossed %1 % of their budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects are on course to exceed their limit</source>
        <translation>
            <numerusform>%n project is on course to exceed its limit</numerusform>
            <numerusform>%n projects are on course to exceed their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n key crossed %1 %</numerusform>
            <numerusform>%n keys crossed %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys reached their limit</source>
        <translation>
            <numerusform>%n key reached its limit</numerusform>
            <numerusform>%n keys reached their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n key crossed %1 % of its budget</numerusform>
            <numerusform>%n keys crossed %1 % of their budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys are on course to exceed their limit</source>
        <translation>
            <numerusform>%n key is on course to exceed its limit</numerusform>
            <numerusform>%n keys are on course to exceed their limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunwayCalculator</name>
    <message numerus="yes">
        <source>Reaches its limit within %n day(s)</source>
        <translation>
            <numerusform>Reaches its limit within %n day</numerusform>
            <numerusform>Reaches its limit within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunwayPage</name>
    <message numerus="yes">
        <source>%n at or over their cap</source>
        <translation>
            <numerusform>%n at or over its cap</numerusform>
            <numerusform>%n at or over their cap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reach their cap within 7 days</source>
        <translation>
            <numerusform>%n reaches its cap within 7 days</numerusform>
            <numerusform>%n reach their cap within 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n key crossed %1 %</numerusform>
            <numerusform>%n keys crossed %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n project crossed %1 %</numerusform>
            <numerusform>%n projects crossed %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys projected to reach their limit</source>
        <translation>
            <numerusform>%n key projected to reach its limit</numerusform>
            <numerusform>%n keys projected to reach their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects projected to reach their limit</source>
        <translation>
            <numerusform>%n project projected to reach its limit</numerusform>
            <numerusform>%n projects projected to reach their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spending alerts</source>
        <translation>
            <numerusform>%n spending alert</numerusform>
            <numerusform>%n spending alerts</numerusform>
        </translation>
    </message>
</context>
</TS>
