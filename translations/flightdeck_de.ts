<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>Run Fly.io Machines from a guided wizard.</source>
        <translation>Fly.io-Machines mit einem geführten Assistenten starten.</translation>
    </message>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>Ohne Fenster gibt es nichts zu tun. Siehe --help.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImagePage</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The container image the Machine runs.</source>
        <translation>Das Container-Image, das die Machine ausführt.</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <source>for example nginx:1.27 or registry.fly.io/my-app:latest</source>
        <translation>zum Beispiel nginx:1.27 oder registry.fly.io/my-app:latest</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>empty: Fly chooses the region nearest to you</source>
        <translation>leer: Fly wählt die nächstgelegene Region</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::JsonPreview</name>
    <message>
        <source>Request preview</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>Machines API request preview</source>
        <translation>Vorschau der Anfrage an die Machines-API</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MainWindow</name>
    <message>
        <source>New Machine</source>
        <translation>Neue Machine</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines-API: %1</translation>
    </message>
</context>
</TS>
