<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Flightdeck::ApiClient</name>
    <message numerus="yes">
        <source>it is larger than %n MiB, so it was not read to the end</source>
        <translation>
            <numerusform>it is larger than %n MiB, so it was not read to the end</numerusform>
            <numerusform>it is larger than %n MiB, so it was not read to the end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message numerus="yes">
        <source>running; %n health check(s) not watched (--skip-health-checks)</source>
        <translation>
            <numerusform>running; %n health check not watched (--skip-health-checks)</numerusform>
            <numerusform>running; %n health checks not watched (--skip-health-checks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n health check(s) to pass</source>
        <translation>
            <numerusform>waiting for %n health check to pass</numerusform>
            <numerusform>waiting for %n health checks to pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) passing</source>
        <translation>
            <numerusform>running; %n health check passing</numerusform>
            <numerusform>running; %n health checks passing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>running again after %n restart(s)</source>
        <translation>
            <numerusform>running again after %n restart</numerusform>
            <numerusform>running again after %n restarts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::MachineAction</name>
    <message numerus="yes">
        <source>it was not %1 after %n second(s)</source>
        <translation>
            <numerusform>it was not %1 after %n second</numerusform>
            <numerusform>it was not %1 after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lease could not be given back (%1); it ends by itself within %n second(s).</source>
        <translation>
            <numerusform>The lease could not be given back (%1); it ends by itself within %n second.</numerusform>
            <numerusform>The lease could not be given back (%1); it ends by itself within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AppPage</name>
    <message numerus="yes">
        <source>An existing app of %1 with %n Machine(s).</source>
        <translation>
            <numerusform>An existing app of %1 with %n Machine.</numerusform>
            <numerusform>An existing app of %1 with %n Machines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::FilesTable</name>
    <message numerus="yes">
        <source>%n byte(s) from the imported config</source>
        <translation>
            <numerusform>%n byte from the imported config</numerusform>
            <numerusform>%n bytes from the imported config</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchNotifier</name>
    <message numerus="yes">
        <source>Flightdeck — %n launch(es) in flight</source>
        <translation>
            <numerusform>Flightdeck — %n launch in flight</numerusform>
            <numerusform>Flightdeck — %n launches in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineLogView</name>
    <message numerus="yes">
        <source>Paused: %n new line(s) wait for Follow.</source>
        <translation>
            <numerusform>Paused: %n new line waits for Follow.</numerusform>
            <numerusform>Paused: %n new lines wait for Follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachinesView</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2 MB</source>
        <translation>
            <numerusform>%n %1 CPU, %2 MB</numerusform>
            <numerusform>%n %1 CPUs, %2 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Machines of %1 (%n)</source>
        <translation>
            <numerusform>Machines of %1 (%n)</numerusform>
            <numerusform>Machines of %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message numerus="yes">
        <source>%n region(s) from Fly.io.</source>
        <translation>
            <numerusform>%n region from Fly.io.</numerusform>
            <numerusform>%n regions from Fly.io.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io; the nearest to you is %1.</source>
        <translation>
            <numerusform>%n region from Fly.io; the nearest to you is %1.</numerusform>
            <numerusform>%n regions from Fly.io; the nearest to you is %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RequestDiffView</name>
    <message numerus="yes">
        <source>%n value(s) differ: %1</source>
        <translation>
            <numerusform>%n value differs: %1</numerusform>
            <numerusform>%n values differ: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message numerus="yes">
        <source>Fix the %n error(s) above to launch.</source>
        <translation>
            <numerusform>Fix the error above to launch.</numerusform>
            <numerusform>Fix the %n errors above to launch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made; the platform decides at launch.</source>
        <translation>
            <numerusform>%n check could not be made; the platform decides at launch.</numerusform>
            <numerusform>%n checks could not be made; the platform decides at launch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the launch would likely fail.</source>
        <translation>
            <numerusform>%n check with the platform failed: the launch would likely fail.</numerusform>
            <numerusform>%n checks with the platform failed: the launch would likely fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the update would likely fail.</source>
        <translation>
            <numerusform>%n check with the platform failed: the update would likely fail.</numerusform>
            <numerusform>%n checks with the platform failed: the update would likely fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation>
            <numerusform>Fix the problem marked on this step before going on.</numerusform>
            <numerusform>Fix the %n problems marked on this step before going on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message numerus="yes">
        <source>%n %1 CPU(s) and %2 of memory: about %3 while it runs.</source>
        <translation>
            <numerusform>%n %1 CPU and %2 of memory: about %3 while it runs.</numerusform>
            <numerusform>%n %1 CPUs and %2 of memory: about %3 while it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment variable(s)</source>
        <translation>
            <numerusform>%n environment variable</numerusform>
            <numerusform>%n environment variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of the app</source>
        <translation>
            <numerusform>%n secret of the app</numerusform>
            <numerusform>%n secrets of the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restarted when it fails, up to %n time(s)</source>
        <translation>
            <numerusform>restarted when it fails, up to %n time</numerusform>
            <numerusform>restarted when it fails, up to %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
