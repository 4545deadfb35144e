<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ExportDetailPane</name>
    <message>
        <location filename="../ui/exportdetailpane.ui" line="+6" />
        <location line="+14" />
        <source>Export details</source>
        <translation>Exportdetails</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Select an export to see its details.</source>
        <translation>Wählen Sie einen Export aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status</source>
        <comment>accessible name: the export status badge</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>accessible name: the query or table exported</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What this status means</source>
        <translation>Was dieser Status bedeutet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel Export…</source>
        <comment>stop this pending or running export</comment>
        <translation>Export abbrechen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop this export; you are asked to confirm first</source>
        <translation>Diesen Export stoppen; zuerst werden Sie um Bestätigung gebeten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel export</source>
        <comment>stop this pending or running export</comment>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run Again…</source>
        <comment>start a new export with the source of this one</comment>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start a new export with the source, format and compression of this one</source>
        <translation>Einen neuen Export mit Quelle, Format und Komprimierung dieses Exports starten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run again</source>
        <comment>start a new export with the source of this one</comment>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading details…</source>
        <translation>Details werden geladen…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export error</source>
        <translation>Exportfehler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the error message</source>
        <translation>Fehlermeldung kopieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy error message</source>
        <translation>Fehlermeldung kopieren</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export ID:</source>
        <comment>export id</comment>
        <translation>Export-ID:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export ID</source>
        <translation>Export-ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the export ID</source>
        <translation>Export-ID kopieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy export ID</source>
        <translation>Export-ID kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status:</source>
        <comment>export status</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <comment>export status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source:</source>
        <comment>the query or table exported</comment>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>the query or table exported</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Query ID:</source>
        <translation>Abfrage-ID:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Query ID</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table:</source>
        <comment>catalog.schema.table of a table export</comment>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table</source>
        <comment>catalog.schema.table of a table export</comment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format:</source>
        <comment>file format</comment>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>file format</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows:</source>
        <comment>number of rows exported</comment>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>number of rows exported</comment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size:</source>
        <comment>bytes exported</comment>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>bytes exported</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration:</source>
        <comment>execution time</comment>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>execution time</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created:</source>
        <comment>submission time</comment>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>submission time</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started by:</source>
        <comment>the user who started the export</comment>
        <translation>Gestartet von:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started by</source>
        <comment>the user who started the export</comment>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key:</source>
        <comment>public prefix of the key that started the export</comment>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key</source>
        <comment>public prefix of the key that started the export</comment>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client:</source>
        <comment>the program that started the export</comment>
        <translation>Client:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>the program that started the export</comment>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Link expiry</source>
        <translation>Ablauf der Links</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Download All Files</source>
        <translation>Alle Dateien herunterladen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download every file of this export into the download folder</source>
        <translation>Alle Dateien dieses Exports in den Download-Ordner herunterladen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download all files</source>
        <translation>Alle Dateien herunterladen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <comment>look inside a downloaded file</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the first rows of the downloaded file</source>
        <translation>Die ersten Zeilen der heruntergeladenen Datei anzeigen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Preview downloaded file</source>
        <translation>Vorschau der heruntergeladenen Datei</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Download note</source>
        <translation>Hinweis zum Download</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+6" />
        <source>Peaka Exports</source>
        <translation>Peaka Exports</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status</source>
        <comment>accessible name of the status bar</comment>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh</source>
        <comment>action: reload the export list</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list (F5)</source>
        <translation>Liste aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search</source>
        <comment>action: focus the search field</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open by ID…</source>
        <translation>Per ID öffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an export by its ID (Ctrl+O)</source>
        <translation>Einen Export über seine ID öffnen (Strg+O)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy Export ID</source>
        <translation>Export-ID kopieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mine</source>
        <comment>filter: only exports started with my API key</comment>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only exports started with this connection's API key</source>
        <translation>Nur Exporte anzeigen, die mit dem API-Schlüssel dieser Verbindung gestartet wurden</translation>
    </message>
</context>
<context>
    <name>NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.ui" line="+7" />
        <location line="+3" />
        <source>New Export</source>
        <translation>Neuer Export</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>Source</source>
        <comment>group: what to export (saved query or table)</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export a saved query</source>
        <translation>Eine gespeicherte Abfrage exportieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Saved query</source>
        <translation>&amp;Gespeicherte Abfrage</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export a table</source>
        <translation>Eine Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Source details</source>
        <translation>Angaben zur Quelle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved query</source>
        <translation>Gespeicherte Abfrage</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Query id</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <location line="-10" />
        <source>&amp;Query id:</source>
        <translation>&amp;Abfrage-ID:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. 709922802836177297</source>
        <translation>z. B. 709922802836177297</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+52" />
        <location line="+13" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="-59" />
        <location line="+13" />
        <source>Catalog id</source>
        <translation>Katalog-ID</translation>
    </message>
    <message>
        <location line="-10" />
        <source>C&amp;atalog id:</source>
        <translation>&amp;Katalog-ID:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. stripe</source>
        <translation>z. B. stripe</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+13" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. public</source>
        <translation>z. B. public</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. invoices</source>
        <translation>z. B. invoices</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Problem with the source</source>
        <translation>Problem mit der Quelle</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+3" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="-10" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+13" />
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mprimierung:</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+27" />
        <source>Row limit</source>
        <translation>Zeilenlimit</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Row &amp;limit:</source>
        <translation>Zeilen&amp;limit:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About the row limit</source>
        <translation>Zum Zeilenlimit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty for the server's default, or a whole number from 1 to 1,000,000.</source>
        <translation>Leer für den Standard des Servers oder eine ganze Zahl von 1 bis 1.000.000.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problem with the row limit</source>
        <translation>Problem mit dem Zeilenlimit</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+27" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="-24" />
        <source>C&amp;olumns:</source>
        <translation>S&amp;palten:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About the columns</source>
        <translation>Zu den Spalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comma-separated column names; empty exports every column.</source>
        <translation>Spaltennamen, durch Kommas getrennt; leer exportiert alle Spalten.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problem with the columns</source>
        <translation>Problem mit den Spalten</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Include system columns</source>
        <translation>Systemspalten einschließen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include &amp;system columns</source>
        <translation>&amp;Systemspalten einschließen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka's own bookkeeping columns, such as _id and _version. The server includes them unless this is cleared.</source>
        <translation>Peakas eigene Verwaltungsspalten wie _id und _version. Der Server nimmt sie auf, solange dies angekreuzt ist.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About system columns</source>
        <translation>Über Systemspalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka's bookkeeping columns (_id, _version, …). Cache columns (_q_…, _cache_…) are never exported.</source>
        <translation>Peakas Verwaltungsspalten (_id, _version, …). Cache-Spalten (_q_…, _cache_…) werden nie exportiert.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download when ready</source>
        <translation>Nach Abschluss herunterladen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Download when ready</source>
        <translation>Nach Abschluss he&amp;runterladen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the export has succeeded, its files are downloaded into the profile's download folder.</source>
        <translation>Sobald der Export erfolgreich abgeschlossen ist, werden seine Dateien in den Download-Ordner des Profils heruntergeladen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Status</source>
        <comment>accessible name: progress message while sending</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.ui" line="+7" />
        <location line="+1" />
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Finance (production)</source>
        <translation>z. B. Finanzen (Produktion)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Key &amp;kind:</source>
        <translation>Schlüssel&amp;art:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kind of API key</source>
        <translation>Art des API-Schlüssels</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stored API key</source>
        <translation>Gespeicherter API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Project ids:</source>
        <translation>&amp;Projekt-IDs:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Download folder:</source>
        <translation>&amp;Download-Ordner:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Default download folder</source>
        <translation>Standard-Download-Ordner</translation>
    </message>
    <message>
        <location line="+3" />
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Key kind warning</source>
        <translation>Warnung zur Schlüsselart</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems with the profile</source>
        <translation>Probleme mit dem Profil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;move profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove this profile and its stored key</source>
        <translation>Dieses Profil und seinen gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+68" />
        <source>Could not start the demo server: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Demo</source>
        <comment>name of the demo connection</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Browse and download Peaka data exports.</source>
        <translation>Peaka-Datenexporte durchsuchen und herunterladen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Explore with demo data from a built-in server.</source>
        <translation>Mit Demodaten von einem eingebauten Server ausprobieren.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Neither show nor keep the cached export lists (every list comes from the server).</source>
        <translation>Zwischengespeicherte Exportlisten weder anzeigen noch behalten (jede Liste kommt vom Server).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after SEC seconds (for checks).</source>
        <translation>Nach SEC Sekunden beenden (für Prüfungen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use the language CODE (e.g. de, tr).</source>
        <translation>Die Sprache CODE verwenden (z. B. de, tr).</translation>
    </message>
    <message>
        <location line="+55" />
        <source>This build has no demo server (it needs Qt HttpServer).</source>
        <translation>Dieser Build enthält keinen Demo-Server (er benötigt Qt HttpServer).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--quit-after needs a number of seconds.</source>
        <translation>--quit-after erwartet eine Anzahl Sekunden.</translation>
    </message>
</context>
<context>
    <name>peaka::ApiError</name>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="+148" />
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not reach %1. Check your network connection and the base URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 did not answer within %n second(s). Try again, or raise the timeout.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 did not answer in time. Try again, or raise the timeout.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The secure connection to %1 failed; its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen; das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key was rejected (HTTP 401). Check the key in the connection settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 401). Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This API key has no access to this resource (HTTP 403). A Project key sees only its own project.</source>
        <translation>Dieser API-Schlüssel hat keinen Zugriff auf diese Ressource (HTTP 403). Ein Projektschlüssel sieht nur sein eigenes Projekt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not found (HTTP 404): the project or export does not exist, or the base URL is wrong.</source>
        <translation>Nicht gefunden (HTTP 404): Das Projekt oder der Export existiert nicht, oder die Basis-URL ist falsch.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The server is receiving too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server is receiving too many requests (HTTP 429). Try again in a moment.</source>
        <translation>Der Server erhält zu viele Anfragen (HTTP 429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server sent a response that could not be read.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request could not be sent.</source>
        <translation>Die Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
</context>
<context>
    <name>peaka::ApiRequest</name>
    <message>
        <location filename="../src/core/api/apirequest.cpp" line="+174" />
        <source>The response is larger than %1, the most this app accepts.</source>
        <translation>Die Antwort ist größer als %1, das Maximum, das diese App annimmt.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The connection was closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort angekommen ist.</translation>
    </message>
</context>
<context>
    <name>peaka::BaseUrl</name>
    <message>
        <location filename="../src/core/api/baseurl.cpp" line="+26" />
        <source>Enter the API base URL, for example %1.</source>
        <translation>Geben Sie die Basis-URL der API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must use https:// (plain http is allowed only for this computer).</source>
        <translation>Die Basis-URL muss https:// verwenden (einfaches http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
</context>
<context>
    <name>peaka::ConnectionRegistry</name>
    <message>
        <location filename="../src/core/connections/connectionregistry.cpp" line="+22" />
        <source>The connection has no id.</source>
        <translation>Die Verbindung hat keine ID.</translation>
    </message>
</context>
<context>
    <name>peaka::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../src/core/api/connectiontester.cpp" line="+96" />
        <source>Project %1: connected, %n export(s) listed.</source>
        <translation>
            <numerusform>Projekt %1: verbunden, %n Export aufgelistet.</numerusform>
            <numerusform>Projekt %1: verbunden, %n Exporte aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project %1: the key was rejected (HTTP 401). Check that you pasted the whole key and that it has not been revoked.</source>
        <translation>Projekt %1: Der Schlüssel wurde abgelehnt (HTTP 401). Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob er nicht widerrufen wurde.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project %1: this key has no access to project %1 (a Project key sees only its own project). Use a Partner key or that project's own key.</source>
        <translation>Projekt %1: Dieser Schlüssel hat keinen Zugriff auf Projekt %1 (ein Projektschlüssel sieht nur sein eigenes Projekt). Verwenden Sie einen Partnerschlüssel oder den eigenen Schlüssel dieses Projekts.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project %1: no such project (HTTP 404). Check the project id and the base URL.</source>
        <translation>Projekt %1: Dieses Projekt gibt es nicht (HTTP 404). Prüfen Sie die Projekt-ID und die Basis-URL.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
</context>
<context>
    <name>peaka::CredentialStore</name>
    <message>
        <location filename="../src/core/credentials/credentialresult.cpp" line="+60" />
        <source>No API key is stored in the keychain for this profile. Enter the key again to connect.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel im Schlüsselbund gespeichert. Geben Sie den Schlüssel erneut ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No keychain is available on this system (the Secret Service is not running). You can use the key for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (der Secret Service läuft nicht). Sie können den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keychain refused access, or it is locked. Unlock your keychain and try again, or use the key for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert oder ist gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The API key could not be read from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key could not be saved in the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key could not be removed from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 The keychain said: %2</source>
        <extracomment>%1 is the sentence above, %2 the keychain's own (untranslated) error text</extracomment>
        <translation>%1 Meldung des Schlüsselbunds: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/credentialstore.cpp" line="+39" />
        <source>The API key is empty or contains spaces. Paste the whole key.</source>
        <translation>Der API-Schlüssel ist leer oder enthält Leerzeichen. Fügen Sie den ganzen Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>peaka::CsvOptions</name>
    <message>
        <location filename="../src/core/exports/csvoptions.cpp" line="+38" />
        <source>The CSV delimiter must be exactly one character.</source>
        <translation>Das CSV-Trennzeichen muss genau ein Zeichen sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter cannot be a line break.</source>
        <translation>Das CSV-Trennzeichen darf kein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV quote character must be exactly one character.</source>
        <translation>Das CSV-Anführungszeichen muss genau ein Zeichen sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV quote character cannot be a line break.</source>
        <translation>Das CSV-Anführungszeichen darf kein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter and quote character must differ.</source>
        <translation>CSV-Trennzeichen und Anführungszeichen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The text for NULL cannot contain a line break.</source>
        <translation>Der Text für NULL darf keinen Zeilenumbruch enthalten.</translation>
    </message>
</context>
<context>
    <name>peaka::CsvOptionsMemory</name>
    <message>
        <location filename="../src/core/exports/csvoptionsmemory.cpp" line="+75" />
        <source>Could not save the CSV options of the export (%1): %2.</source>
        <translation>Die CSV-Optionen des Exports konnten nicht gespeichert werden (%1): %2.</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadState</name>
    <message>
        <location filename="../src/core/downloads/downloadstate.cpp" line="+11" />
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refreshing link</source>
        <translation>Link wird erneuert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decompressing</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadStore</name>
    <message>
        <location filename="../src/core/downloads/downloadstore.cpp" line="+35" />
        <source>Could not read the list of unfinished downloads (%1): %2.</source>
        <translation>Die Liste der unvollständigen Downloads (%1) konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The list of unfinished downloads (%1) is damaged; it was ignored.</source>
        <translation>Die Liste der unvollständigen Downloads (%1) ist beschädigt und wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Could not save the list of unfinished downloads (%1): %2.</source>
        <translation>Die Liste der unvollständigen Downloads (%1) konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadTask</name>
    <message>
        <location filename="../src/core/downloads/downloadtask.cpp" line="+89" />
        <source>Could not create the download folder %1.</source>
        <translation>Der Download-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file %1 would land outside the download folder %2; it was not downloaded.</source>
        <translation>Die Datei %1 würde außerhalb des Download-Ordners %2 landen; sie wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>No fresh download link can be fetched for %1.</source>
        <translation>Für %1 kann kein neuer Download-Link abgerufen werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The storage keeps refusing the download link for %1, even after fresh links were fetched. Check the computer's clock, then retry.</source>
        <translation>Der Speicher lehnt den Download-Link für %1 weiterhin ab, auch nach dem Abruf neuer Links. Prüfen Sie die Uhrzeit des Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Could not get a fresh download link for %1: %2</source>
        <translation>Für %1 konnte kein neuer Download-Link abgerufen werden: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The export has expired and its files were removed. Start a new export to get the data again.</source>
        <translation>Der Export ist abgelaufen und seine Dateien wurden entfernt. Starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the owner of an export can download it.</source>
        <translation>Nur der Eigentümer eines Exports kann ihn herunterladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export no longer lists this file.</source>
        <translation>Der Export führt diese Datei nicht mehr auf.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot download %1. %2</source>
        <translation>%1 kann nicht heruntergeladen werden. %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not write %1: %2. Check the folder's permissions and free space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+80" />
        <location line="+53" />
        <source>Could not write %1: %2. Check the free disk space; the partial file was kept and the download can resume.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz; die Teildatei wurde behalten und der Download kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>the storage answered HTTP %1</source>
        <translation>der Speicher antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The storage no longer has %1 (HTTP 404). The export may have expired; start a new export to get the data again.</source>
        <translation>Der Speicher hat %1 nicht mehr (HTTP 404). Der Export ist möglicherweise abgelaufen; starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The storage refused to send %1 (HTTP %2%3).</source>
        <translation>Der Speicher hat das Senden von %1 verweigert (HTTP %2%3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no data arrived for %1 seconds</source>
        <translation>seit %1 Sekunden sind keine Daten angekommen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Downloading %1 failed after %2 tries: %3. Check the network connection and retry; the partial file was kept.</source>
        <translation>Der Download von %1 ist nach %2 Versuchen fehlgeschlagen: %3. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut; die Teildatei wurde behalten.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Retrying in %1 s (try %2 of %3): %4</source>
        <translation>Neuer Versuch in %1 s (Versuch %2 von %3): %4</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is %2 bytes, but the export says it has %3 bytes: the file is incomplete or damaged. It was kept as %4; retry the download or start a new export.</source>
        <translation>%1 ist %2 Bytes groß, laut Export aber %3 Bytes: Die Datei ist unvollständig oder beschädigt. Sie wurde als %4 behalten; wiederholen Sie den Download oder starten Sie einen neuen Export.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not rename %1 to its final name: %2. The complete file was kept as %1.</source>
        <translation>%1 konnte nicht in den endgültigen Namen umbenannt werden: %2. Die vollständige Datei wurde als %1 behalten.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Could not rename %1 to its final name: %2.</source>
        <translation>%1 konnte nicht in den endgültigen Namen umbenannt werden: %2.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportFormat</name>
    <message>
        <location filename="../src/core/exports/exportformat.cpp" line="+18" />
        <source>%1 ms</source>
        <comment>duration in milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+13" />
        <source>just now</source>
        <comment>relative time</comment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>yesterday</source>
        <comment>relative time</comment>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n days ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Links expired just now; they are renewed when you use them.</source>
        <translation>Die Links sind gerade abgelaufen; sie werden erneuert, wenn Sie sie verwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Links expired %n min ago; they are renewed when you use them.</source>
        <translation>
            <numerusform>Die Links sind vor %n min abgelaufen; sie werden erneuert, wenn Sie sie verwenden.</numerusform>
            <numerusform>Die Links sind vor %n min abgelaufen; sie werden erneuert, wenn Sie sie verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links expire in less than a minute</source>
        <translation>Die Links laufen in weniger als einer Minute ab</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Links expire in %n min</source>
        <translation>
            <numerusform>Die Links laufen in %n min ab</numerusform>
            <numerusform>Die Links laufen in %n min ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Links expire in %n h</source>
        <translation>
            <numerusform>Die Links laufen in %n h ab</numerusform>
            <numerusform>Die Links laufen in %n h ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>None</source>
        <comment>compression</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gzip</source>
        <comment>compression</comment>
        <translation>gzip</translation>
    </message>
</context>
<context>
    <name>peaka::ExportListModel</name>
    <message>
        <location filename="../src/core/exports/exportlistmodel.cpp" line="+38" />
        <source>Status</source>
        <comment>column header</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>column header: the query or table exported</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>column header: file format (CSV, JSONL)</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <comment>column header</comment>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>column header: number of rows exported</comment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>column header: bytes exported</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>column header: execution time</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>column header: submission time</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <comment>column header: who started the export</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>column header: the program that started the export</comment>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export ID</source>
        <comment>column header</comment>
        <translation>Export-ID</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Status "%1" is not known to this version of the app.</source>
        <translation>Der Status „%1“ ist dieser Version der App nicht bekannt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 rows</source>
        <comment>tooltip: exact row count</comment>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 bytes</source>
        <comment>tooltip: exact size</comment>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>peaka::ExportOptions</name>
    <message>
        <location filename="../src/core/exports/exportoptions.cpp" line="+35" />
        <source>The format must be CSV or JSONL.</source>
        <translation>Das Format muss CSV oder JSONL sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The compression must be NONE or GZIP.</source>
        <translation>Die Komprimierung muss NONE oder GZIP sein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The row limit must be between 1 and 1,000,000.</source>
        <translation>Das Zeilenlimit muss zwischen 1 und 1.000.000 liegen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A column name is empty.</source>
        <translation>Ein Spaltenname ist leer.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportPager</name>
    <message>
        <location filename="../src/core/api/exportpager.cpp" line="+43" />
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Page %1 of the export list gives no newer cursor to continue from; later pages were not read.</source>
        <translation>Seite %1 der Exportliste liefert keinen neueren Cursor zum Fortsetzen; spätere Seiten wurden nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportRequest</name>
    <message>
        <location filename="../src/core/api/exportrequests.cpp" line="+63" />
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The answer carries no export id.</source>
        <translation>Die Antwort enthält keine Export-ID.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportSourceRef</name>
    <message>
        <location filename="../src/core/exports/exportsourceref.cpp" line="+59" />
        <source>Enter the id of a saved query.</source>
        <translation>Geben Sie die ID einer gespeicherten Abfrage ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A query id has no spaces or slashes.</source>
        <translation>Eine Abfrage-ID enthält keine Leerzeichen oder Schrägstriche.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the catalog id, the schema and the table.</source>
        <translation>Geben Sie die Katalog-ID, das Schema und die Tabelle ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A catalog id has no spaces or slashes.</source>
        <translation>Eine Katalog-ID enthält keine Leerzeichen oder Schrägstriche.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schema and table names cannot contain slashes.</source>
        <translation>Schema- und Tabellennamen dürfen keine Schrägstriche enthalten.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
</context>
<context>
    <name>peaka::ExportStatus</name>
    <message>
        <location filename="../src/core/exports/exportstatus.cpp" line="+50" />
        <source>Pending</source>
        <comment>export status</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running</source>
        <comment>export status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Succeeded</source>
        <comment>export status</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <comment>export status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <comment>export status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expired</source>
        <comment>export status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown</source>
        <comment>export status</comment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>peaka::ExportStatusFilter</name>
    <message>
        <location filename="../src/core/exports/exportstatusfilter.cpp" line="+24" />
        <source>Unknown export status "%1": use PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED or EXPIRED (comma-separated).</source>
        <translation>Unbekannter Exportstatus „%1“: Verwenden Sie PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED oder EXPIRED (durch Kommas getrennt).</translation>
    </message>
</context>
<context>
    <name>peaka::ExportWaiter</name>
    <message>
        <location filename="../src/core/exports/exportwaiter.cpp" line="+58" />
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>Stopped waiting for export %1 after %n second(s); it is still %2.</source>
        <translation>
            <numerusform>Das Warten auf Export %1 wurde nach %n Sekunde beendet; er ist noch %2.</numerusform>
            <numerusform>Das Warten auf Export %1 wurde nach %n Sekunden beendet; er ist noch %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>peaka::FileNames</name>
    <message>
        <location filename="../src/core/downloads/filenames.cpp" line="+173" />
        <source>the name leads outside the folder</source>
        <translation>der Name führt aus dem Ordner hinaus</translation>
    </message>
    <message>
        <location line="+16" />
        <source>too many files with this name</source>
        <translation>zu viele Dateien mit diesem Namen</translation>
    </message>
</context>
<context>
    <name>peaka::Gunzip</name>
    <message>
        <location filename="../src/core/downloads/gunzip.cpp" line="+35" />
        <source>Could not open %1 to decompress it: %2.</source>
        <translation>%1 konnte zum Entpacken nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not a valid gzip file or is damaged; it was kept as downloaded.</source>
        <translation>%1 ist keine gültige gzip-Datei oder beschädigt; sie wurde so behalten, wie sie heruntergeladen wurde.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decompressor could not start (out of memory?).</source>
        <translation>Das Entpacken konnte nicht starten (zu wenig Arbeitsspeicher?).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Decompression was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+14" />
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>peaka::KeychainCredentialBackend</name>
    <message>
        <location filename="../src/core/credentials/keychaincredentialbackend.cpp" line="+109" />
        <source>no answer from the keychain within %1 s</source>
        <translation>keine Antwort vom Schlüsselbund innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>peaka::LinkRefresher</name>
    <message>
        <location filename="../src/core/downloads/linkrefresher.cpp" line="+22" />
        <source>The profile of this download is no longer available.</source>
        <translation>Das Profil dieses Downloads ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>peaka::ListExportsRequest</name>
    <message>
        <location filename="../src/core/api/exportpage.cpp" line="+16" />
        <source>The export list is not valid JSON (%1 at byte %2).</source>
        <translation>Die Exportliste ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The export list is not a JSON array.</source>
        <translation>Die Exportliste ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>peaka::PeakaClient</name>
    <message>
        <location filename="../src/core/api/peakaclient.cpp" line="+95" />
        <source>No API base URL is set.</source>
        <translation>Es ist keine Basis-URL für die API festgelegt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A project, export, query or table id is empty.</source>
        <translation>Eine Projekt-, Export-, Abfrage- oder Tabellen-ID ist leer.</translation>
    </message>
</context>
<context>
    <name>peaka::PreviewReader</name>
    <message>
        <location filename="../src/core/preview/previewreader.cpp" line="+72" />
        <source>The data</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is named .gz but is not gzip data; the file may be damaged.</source>
        <translation>%1 endet auf .gz, enthält aber keine gzip-Daten; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>The preview stops after %Ln rows to keep memory in check.</source>
        <translation>
            <numerusform>Die Vorschau endet nach %Ln Zeile, um den Arbeitsspeicher zu schonen.</numerusform>
            <numerusform>Die Vorschau endet nach %Ln Zeilen, um den Arbeitsspeicher zu schonen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 is not valid gzip data or is damaged; %Ln rows could be read before the damage.</source>
        <translation>
            <numerusform>%1 enthält keine gültigen gzip-Daten oder ist beschädigt; vor der beschädigten Stelle konnte %Ln Zeile gelesen werden.</numerusform>
            <numerusform>%1 enthält keine gültigen gzip-Daten oder ist beschädigt; vor der beschädigten Stelle konnten %Ln Zeilen gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 ends early: the gzip data is cut off after %Ln rows. The download may be incomplete.</source>
        <translation>
            <numerusform>%1 endet vorzeitig: Die gzip-Daten brechen nach %Ln Zeile ab. Der Download ist möglicherweise unvollständig.</numerusform>
            <numerusform>%1 endet vorzeitig: Die gzip-Daten brechen nach %Ln Zeilen ab. Der Download ist möglicherweise unvollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 is not UTF-8 text: invalid bytes follow row %Ln.</source>
        <translation>
            <numerusform>%1 ist kein UTF-8-Text: Nach Zeile %Ln folgen ungültige Bytes.</numerusform>
            <numerusform>%1 ist kein UTF-8-Text: Nach Zeile %Ln folgen ungültige Bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 ends inside a quoted value after %Ln rows; the file may be truncated.</source>
        <translation>
            <numerusform>%1 endet nach %Ln Zeile innerhalb eines Werts in Anführungszeichen; die Datei ist möglicherweise abgeschnitten.</numerusform>
            <numerusform>%1 endet nach %Ln Zeilen innerhalb eines Werts in Anführungszeichen; die Datei ist möglicherweise abgeschnitten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 has a line that is not valid JSON after %Ln rows; the file may be damaged or truncated.</source>
        <translation>
            <numerusform>%1 enthält nach %Ln Zeile eine Zeile, die kein gültiges JSON ist; die Datei ist möglicherweise beschädigt oder abgeschnitten.</numerusform>
            <numerusform>%1 enthält nach %Ln Zeilen eine Zeile, die kein gültiges JSON ist; die Datei ist möglicherweise beschädigt oder abgeschnitten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 has a line that is not a JSON object after %Ln rows; JSONL needs one object per line.</source>
        <translation>
            <numerusform>%1 enthält nach %Ln Zeile eine Zeile, die kein JSON-Objekt ist; JSONL erwartet ein Objekt pro Zeile.</numerusform>
            <numerusform>%1 enthält nach %Ln Zeilen eine Zeile, die kein JSON-Objekt ist; JSONL erwartet ein Objekt pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Values longer than %1 KiB are cut (first in row %2).</source>
        <translation>Werte über %1 KiB werden gekürzt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows longer than %1 MiB are cut (first: row %2).</source>
        <translation>Zeilen über %1 MiB werden gekürzt (zuerst: Zeile %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lines longer than %1 MiB are left out (first after row %2).</source>
        <translation>Textzeilen über %1 MiB werden ausgelassen (zuerst nach Zeile %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Only the first %n columns are shown.</source>
        <translation>
            <numerusform>Nur die erste %n Spalte wird angezeigt.</numerusform>
            <numerusform>Nur die ersten %n Spalten werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Some rows have fewer values than the header (first: row %1); the rest are empty.</source>
        <translation>Einige Zeilen haben weniger Werte als die Kopfzeile (zuerst: Zeile %1); der Rest bleibt leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Some rows have more values than the header (first: row %1); columns were added.</source>
        <translation>Einige Zeilen haben mehr Werte als die Kopfzeile (zuerst: Zeile %1); es wurden Spalten hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>peaka::PreviewResult</name>
    <message>
        <location filename="../src/core/preview/previewresult.cpp" line="+10" />
        <source>number</source>
        <comment>guessed type of a column</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>boolean</source>
        <comment>guessed type of a column</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>date-time</source>
        <comment>guessed type of a column</comment>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>text</source>
        <comment>guessed type of a column</comment>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>peaka::Profile</name>
    <message>
        <location filename="../src/core/profiles/profile.cpp" line="+75" />
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the base URL of the Peaka API, for example %1.</source>
        <translation>Geben Sie die Basis-URL der Peaka-API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The base URL "%1" is not a valid web address, for example %2.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige Webadresse wie zum Beispiel %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must start with https:// so the API key travels encrypted (plain http:// is allowed only for this computer, e.g. localhost).</source>
        <translation>Die Basis-URL muss mit https:// beginnen, damit der API-Schlüssel verschlüsselt übertragen wird (einfaches http:// ist nur für diesen Computer erlaubt, z. B. localhost).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation>Die Basis-URL darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project id "%1" contains characters a project id cannot have.</source>
        <translation>Die Projekt-ID „%1“ enthält Zeichen, die in einer Projekt-ID nicht vorkommen können.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter at least one project id.</source>
        <translation>Geben Sie mindestens eine Projekt-ID ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A project id is listed more than once.</source>
        <translation>Eine Projekt-ID ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a download folder.</source>
        <translation>Wählen Sie einen Download-Ordner.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the public part of the API key (before the dot) may be kept in the profile.</source>
        <translation>Nur der öffentliche Teil des API-Schlüssels (vor dem Punkt) darf im Profil gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileChecks</name>
    <message numerus="yes">
        <location filename="../src/core/profiles/profilechecks.cpp" line="+19" />
        <source>A Project key works for one project only, but %n project ids are listed. Keep one, or choose “Partner key” if this key sees every project.</source>
        <translation>
            <numerusform>Ein Projektschlüssel gilt nur für ein Projekt, aber %n Projekt-ID ist angegeben. Behalten Sie eine, oder wählen Sie „Partnerschlüssel“, wenn dieser Schlüssel alle Projekte sieht.</numerusform>
            <numerusform>Ein Projektschlüssel gilt nur für ein Projekt, aber %n Projekt-IDs sind angegeben. Behalten Sie eine, oder wählen Sie „Partnerschlüssel“, wenn dieser Schlüssel alle Projekte sieht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>This key cannot list projects, so it is a Project key, not a Partner key. Choose “Project key (one project)” and keep only its own project id.</source>
        <translation>Dieser Schlüssel kann keine Projekte auflisten, ist also ein Projektschlüssel, kein Partnerschlüssel. Wählen Sie „Projektschlüssel (ein Projekt)“ und behalten Sie nur die eigene Projekt-ID.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This key can list every project, so it is a Partner key. Choose “Partner key (every project)” to pick projects by name.</source>
        <translation>Dieser Schlüssel kann alle Projekte auflisten, ist also ein Partnerschlüssel. Wählen Sie „Partnerschlüssel (alle Projekte)“, um Projekte nach Namen auszuwählen.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileRemoval</name>
    <message>
        <location filename="../src/core/profiles/profileremoval.cpp" line="+22" />
        <source>The profile was kept because its key could not be removed from the keychain. %1</source>
        <translation>Das Profil wurde behalten, weil sein Schlüssel nicht aus dem Schlüsselbund entfernt werden konnte. %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The profile could not be removed from %1.</source>
        <translation>Das Profil konnte nicht aus %1 entfernt werden.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileStore</name>
    <message>
        <location filename="../src/core/profiles/profilestore.cpp" line="+140" />
        <source>The profile id "%1" is not valid.</source>
        <translation>Die Profil-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A profile named "%1" already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>peaka::ProjectLabelText</name>
    <message>
        <location filename="../src/core/profiles/projectlabel.cpp" line="+29" />
        <location line="+22" />
        <source>%1 (%2)</source>
        <comment>project name (project id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%1 (%2)</source>
        <comment>project name (workspace name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2, %3)</source>
        <comment>project name (workspace name, project id)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Project id: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project id: %1
Workspace: %2</source>
        <translation>Projekt-ID: %1
Arbeitsbereich: %2</translation>
    </message>
</context>
<context>
    <name>peaka::SourceName</name>
    <message>
        <location filename="../src/core/sources/sourcenames.cpp" line="+11" />
        <source>query %1</source>
        <comment>a saved query's id</comment>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>catalog %1 · %2 · %3</source>
        <comment>catalog id · schema · table</comment>
        <translation>Katalog %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 (%2)</source>
        <comment>catalog name (catalog type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 › %2 › %3</source>
        <comment>catalog › schema › table</comment>
        <translation>%1 › %2 › %3</translation>
    </message>
</context>
<context>
    <name>peaka::SourceRequest</name>
    <message>
        <location filename="../src/core/sources/sourcerequest.cpp" line="+11" />
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>peaka::SourceSession</name>
    <message>
        <location filename="../src/core/sources/sourcesession.cpp" line="+90" />
        <source>No API base URL is set.</source>
        <translation>Es ist keine Basis-URL für die API festgelegt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A project, catalog, schema or table name is empty.</source>
        <translation>Ein Projekt-, Katalog-, Schema- oder Tabellenname ist leer.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The answer is not a JSON array.</source>
        <translation>Die Antwort ist kein JSON-Array.</translation>
    </message>
    <message>
        <location line="+98" />
        <location line="+56" />
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>peaka::StorageTransfer</name>
    <message>
        <location filename="../src/core/downloads/storagetransfer.cpp" line="+106" />
        <source>the storage sent bytes from %1 instead of %2</source>
        <comment>HTTP 206 with the wrong range</comment>
        <translation>der Speicher sendete Bytes ab %1 statt ab %2</translation>
    </message>
    <message>
        <location line="+103" />
        <source>the download ended after %1 of %2 bytes</source>
        <translation>der Download endete nach %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>peaka::cli::CliContext</name>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="+65" />
        <source>The API key in $PEAKA_API_KEY was rejected (HTTP 401). Set PEAKA_API_KEY to a valid key, or unset it and pass --profile NAME to use a saved profile's key.</source>
        <translation>Der API-Schlüssel in $PEAKA_API_KEY wurde abgelehnt (HTTP 401). Setzen Sie PEAKA_API_KEY auf einen gültigen Schlüssel, oder entfernen Sie die Variable und geben Sie --profile NAME an, um den Schlüssel eines gespeicherten Profils zu verwenden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The API key of profile “%1” was rejected (HTTP 401). Store a valid key: in the app (Connection ▸ Manage Connections…), or with “peaka-exports-cli profiles remove %1” and “profiles add %1 … --key-stdin”; or set PEAKA_API_KEY for this shell.</source>
        <translation>Der API-Schlüssel des Profils „%1“ wurde abgelehnt (HTTP 401). Hinterlegen Sie einen gültigen Schlüssel: in der App (Verbindung ▸ Verbindungen verwalten…) oder mit „peaka-exports-cli profiles remove %1“ und „profiles add %1 … --key-stdin“; oder setzen Sie PEAKA_API_KEY für diese Shell.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No project: pass --project ID or set PEAKA_PROJECT.</source>
        <translation>Kein Projekt: Geben Sie --project ID an oder setzen Sie PEAKA_PROJECT.</translation>
    </message>
    <message>
        <location filename="../src/cli/connectionsetup.cpp" line="+27" />
        <source>--timeout needs a number of seconds greater than 0.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../src/cli/profilescommand.cpp" line="+239" />
        <source>No profile named “%1”. See: peaka-exports-cli profiles list</source>
        <translation>Kein Profil namens „%1“. Siehe: peaka-exports-cli profiles list</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Give either --region or --base-url, not both.</source>
        <translation>Geben Sie entweder --region oder --base-url an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown region “%1”: use us or eu, or --base-url URL for another deployment.</source>
        <translation>Unbekannte Region „%1“: Verwenden Sie us oder eu, oder --base-url URL für eine andere Installation.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No API key: set PEAKA_API_KEY or pass --profile NAME.</source>
        <translation>Kein API-Schlüssel: Setzen Sie PEAKA_API_KEY oder geben Sie --profile NAME an.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No API key is stored for profile “%1”. Add the profile again or set PEAKA_API_KEY.</source>
        <translation>Für das Profil „%1“ ist kein API-Schlüssel gespeichert. Fügen Sie das Profil erneut hinzu oder setzen Sie PEAKA_API_KEY.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not read the key of profile “%1”: %2 You can set PEAKA_API_KEY instead.</source>
        <translation>Der Schlüssel des Profils „%1“ konnte nicht gelesen werden: %2 Sie können stattdessen PEAKA_API_KEY setzen.</translation>
    </message>
    <message>
        <location filename="../src/cli/createcommand.cpp" line="+19" />
        <source>Usage: peaka-exports-cli create query QUERY | create table CATALOG SCHEMA TABLE [options] (QUERY: id, SQL name or display name; CATALOG: id or name)</source>
        <translation>Aufruf: peaka-exports-cli create query QUERY | create table CATALOG SCHEMA TABLE [Optionen] (QUERY: ID, SQL-Name oder Anzeigename; CATALOG: ID oder Name)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>--format must be CSV or JSONL.</source>
        <translation>--format muss CSV oder JSONL sein.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--compression must be NONE or GZIP.</source>
        <translation>--compression muss NONE oder GZIP sein.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--limit must be a whole number from 1 to 1000000.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 1000000 sein.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--columns has an empty column name; separate names with single commas.</source>
        <translation>--columns enthält einen leeren Spaltennamen; trennen Sie die Namen mit einzelnen Kommas.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--columns names a column twice.</source>
        <translation>--columns nennt eine Spalte doppelt.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The --csv-… options apply to CSV only, not to --format JSONL.</source>
        <translation>Die Optionen --csv-… gelten nur für CSV, nicht für --format JSONL.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The server accepted the export but sent no id.</source>
        <translation>Der Server hat den Export angenommen, aber keine ID gesendet.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Start an export and print its id (--json: the row). --wait follows it to the end (exit 2 if it fails); --download DIR also fetches its files (implies --wait).</source>
        <translation>Einen Export starten und seine ID ausgeben (--json: die Zeile). --wait verfolgt ihn bis zum Ende (Exit-Code 2, wenn er fehlschlägt); --download DIR lädt zusätzlich seine Dateien herunter (schließt --wait ein).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CSV (default) or JSONL.</source>
        <translation>CSV (Standard) oder JSONL.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NONE (default) or GZIP.</source>
        <translation>NONE (Standard) oder GZIP.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row limit, 1 to 1000000 (the server clamps).</source>
        <translation>Zeilenlimit, 1 bis 1000000 (der Server begrenzt).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma-separated columns to export (default: all).</source>
        <translation>Zu exportierende Spalten, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave out Peaka system columns (_id, _version, …).</source>
        <translation>Peaka-Systemspalten weglassen (_id, _version, …).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV field delimiter, one character (default ,; \t for a tab).</source>
        <translation>CSV-Feldtrennzeichen, ein Zeichen (Standard ,; \t für einen Tabulator).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV quote character, one character (default ").</source>
        <translation>CSV-Anführungszeichen, ein Zeichen (Standard ").</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End CSV records with CRLF instead of LF.</source>
        <translation>CSV-Datensätze mit CRLF statt LF abschließen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave out the CSV header row.</source>
        <translation>Die CSV-Kopfzeile weglassen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write NULL as TEXT (default: an empty field).</source>
        <translation>NULL als TEXT schreiben (Standard: ein leeres Feld).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until the export has ended.</source>
        <translation>Warten, bis der Export beendet ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommand.cpp" line="+50" />
        <source>ETA %1:%2</source>
        <comment>download progress: minutes:seconds left</comment>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Resuming %1 at byte %2.</source>
        <translation>%1 wird bei Byte %2 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The files of export %1 were removed by the retention policy. Start a new export to get the data again.</source>
        <translation>Die Dateien von Export %1 wurden gemäß der Aufbewahrungsrichtlinie entfernt. Starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the user who started export %1 can download it.</source>
        <translation>Nur der Benutzer, der Export %1 gestartet hat, kann ihn herunterladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 has no files to download (status %2).</source>
        <translation>Export %1 hat keine Dateien zum Herunterladen (Status %2).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export %1 has no file named “%2”. Its files: %3.</source>
        <translation>Export %1 hat keine Datei namens „%2“. Seine Dateien: %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Usage: peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress]</source>
        <translation>Aufruf: peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download the files of an export (resumable, verified); prints the saved paths.</source>
        <translation>Die Dateien eines Exports herunterladen (fortsetzbar, geprüft); gibt die gespeicherten Pfade aus.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder to save into (default: the current folder).</source>
        <translation>Zielordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download only the file with this name.</source>
        <translation>Nur die Datei mit diesem Namen herunterladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gunzip .gz files after download.</source>
        <translation>.gz-Dateien nach dem Download entpacken (gunzip).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --decompress: keep the .gz too.</source>
        <translation>Mit --decompress: die .gz-Datei ebenfalls behalten.</translation>
    </message>
    <message>
        <location filename="../src/cli/followjob.cpp" line="+38" />
        <source>Export %1 failed; the server gave no reason.</source>
        <translation>Export %1 ist fehlgeschlagen; der Server nannte keinen Grund.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 failed: %2</source>
        <translation>Export %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 was cancelled before it finished; it has no files.</source>
        <translation>Export %1 wurde vor dem Abschluss abgebrochen; er hat keine Dateien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 has expired: its files were removed. Exports are never regenerated; start a new export to get the data again.</source>
        <translation>Export %1 ist abgelaufen: Seine Dateien wurden entfernt. Exporte werden nie neu erzeugt; starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Export %1 succeeded, but only the user who started it may download it.</source>
        <translation>Export %1 war erfolgreich, aber nur der Benutzer, der ihn gestartet hat, darf ihn herunterladen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export %1 succeeded, but the server listed no files to download.</source>
        <translation>Export %1 war erfolgreich, aber der Server hat keine Dateien zum Herunterladen aufgeführt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot create the download folder %1.</source>
        <translation>Der Download-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Downloading %n file(s) into %1…</source>
        <translation>
            <numerusform>%n Datei wird nach %1 heruntergeladen…</numerusform>
            <numerusform>%n Dateien werden nach %1 heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stop waiting after SEC seconds (exit 3); default: no limit. --timeout is the network timeout of each request.</source>
        <translation>Nach SEC Sekunden nicht mehr warten (Exit-Code 3); Standard: unbegrenzt. --timeout ist das Netzwerk-Zeitlimit jeder einzelnen Anfrage.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seconds between status checks while waiting (default 2).</source>
        <translation>Sekunden zwischen Statusabfragen beim Warten (Standard 2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the export has succeeded, download all its files into DIR.</source>
        <translation>Wenn der Export erfolgreich war, alle seine Dateien nach DIR herunterladen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--wait-timeout must be a number of seconds greater than 0.</source>
        <translation>--wait-timeout muss eine Anzahl Sekunden größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--poll-interval must be a number of seconds, at least 0.05.</source>
        <translation>--poll-interval muss eine Anzahl Sekunden sein, mindestens 0.05.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--download needs a folder; %1 is not one.</source>
        <translation>--download erwartet einen Ordner; %1 ist keiner.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export %1: %2</source>
        <translation>Export %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Run “peaka-exports-cli wait %1” to keep waiting.</source>
        <translation>Führen Sie „peaka-exports-cli wait %1“ aus, um weiter zu warten.</translation>
    </message>
    <message>
        <location filename="../src/cli/listcommand.cpp" line="+33" />
        <source>ID</source>
        <comment>list table header: export id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STATUS</source>
        <comment>list table header: export status</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE</source>
        <comment>list table header: the query or table exported</comment>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FORMAT</source>
        <comment>list table header: file format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ROWS</source>
        <comment>list table header: rows exported</comment>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SIZE</source>
        <comment>list table header: bytes exported</comment>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CREATED</source>
        <comment>list table header: submission time</comment>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>USER</source>
        <comment>list table header: who started the export</comment>
        <translation>BENUTZER</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Only %n exports could be listed; the rest could not be read: %1</source>
        <translation>
            <numerusform>Nur %n Export konnte aufgelistet werden; der Rest konnte nicht gelesen werden: %1</numerusform>
            <numerusform>Nur %n Exporte konnten aufgelistet werden; der Rest konnte nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>List every export of the project (all pages), newest first.</source>
        <translation>Alle Exporte des Projekts auflisten (alle Seiten), neueste zuerst.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only these statuses (comma-separated): PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED.</source>
        <translation>Nur diese Status (durch Kommas getrennt): PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only exports started with this API key.</source>
        <translation>Nur Exporte, die mit diesem API-Schlüssel gestartet wurden.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+21" />
        <source>API base URL (default: the profile's, else $PEAKA_BASE_URL, else %1).</source>
        <translation>Basis-URL der API (Standard: die des Profils, sonst $PEAKA_BASE_URL, sonst %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Peaka zone: us (%1) or eu (%2); a shorthand for --base-url.</source>
        <translation>Peaka-Zone: us (%1) oder eu (%2); eine Kurzform für --base-url.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project id (default: the profile's first, else $PEAKA_PROJECT).</source>
        <translation>Projekt-ID (Standard: die erste des Profils, sonst $PEAKA_PROJECT).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use this saved connection profile (key from the OS keychain).</source>
        <translation>Dieses gespeicherte Verbindungsprofil verwenden (Schlüssel aus dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON with the API's field names.</source>
        <translation>JSON mit den Feldnamen der API ausgeben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log requests to stderr (never keys or link signatures).</source>
        <translation>Anfragen auf stderr protokollieren (niemals Schlüssel oder Link-Signaturen).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Network timeout in seconds (default 30).</source>
        <translation>Netzwerk-Zeitlimit in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the language CODE (e.g. de, tr).</source>
        <translation>Die Sprache CODE verwenden (z. B. de, tr).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accepted for symmetry with the app: the CLI never uses cached lists; every list is read from the server.</source>
        <translation>Der Einheitlichkeit mit der App wegen angenommen: Die CLI verwendet nie zwischengespeicherte Listen; jede Liste wird vom Server gelesen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The API key comes from $PEAKA_API_KEY or from a profile in the OS keychain; it is never accepted as an argument.
Exit codes: 0 ok, 1 usage, 2 API error, 3 network/timeout/TLS, 4 unauthorized/forbidden, 5 not found, 6 integrity.
</source>
        <translation>Der API-Schlüssel kommt aus $PEAKA_API_KEY oder aus einem Profil im Schlüsselbund des Systems; als Argument wird er nie angenommen.
Exit-Codes: 0 OK, 1 Aufruf, 2 API-Fehler, 3 Netzwerk/Zeitlimit/TLS, 4 nicht autorisiert/verboten, 5 nicht gefunden, 6 Integrität.
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Browse, download and create Peaka data exports.</source>
        <translation>Peaka-Datenexporte durchsuchen, herunterladen und erstellen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown command “%1”. Try --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe --help.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="-184" />
        <source>Paste the API key and press Enter (it is not shown): </source>
        <translation>Fügen Sie den API-Schlüssel ein und drücken Sie die Eingabetaste (er wird nicht angezeigt): </translation>
    </message>
    <message>
        <location line="+68" />
        <source>No profiles yet. Add one with: peaka-exports-cli profiles add NAME --project ID --key-stdin</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: peaka-exports-cli profiles add NAME --project ID --key-stdin</translation>
    </message>
    <message>
        <location line="+11" />
        <source>, </source>
        <comment>between project names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3" />
        <source>NAME</source>
        <comment>profiles table header: profile name</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BASE URL</source>
        <comment>profiles table header</comment>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIND</source>
        <comment>profiles table header: partner or project key</comment>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PROJECTS</source>
        <comment>profiles table header: project ids</comment>
        <translation>PROJEKTE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KEY</source>
        <comment>profiles table header: masked API key</comment>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PROJECT NAMES</source>
        <comment>profiles table header: project names with their ids</comment>
        <translation>PROJEKTNAMEN</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Usage: profiles add NAME --project ID [--project ID2 ...] [--base-url URL] [--kind partner|project] [--download-folder DIR] --key-stdin</source>
        <translation>Aufruf: profiles add NAME --project ID [--project ID2 ...] [--base-url URL] [--kind partner|project] [--download-folder DIR] --key-stdin</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pass --key-stdin and give the API key on standard input, e.g. printenv PEAKA_API_KEY | peaka-exports-cli profiles add ...</source>
        <translation>Geben Sie --key-stdin an und übergeben Sie den API-Schlüssel über die Standardeingabe, z. B. printenv PEAKA_API_KEY | peaka-exports-cli profiles add ...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--kind must be “partner” or “project”.</source>
        <translation>--kind muss „partner“ oder „project“ sein.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No API key on standard input.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The API key on standard input contains spaces or control characters. Give exactly the key.</source>
        <translation>Der API-Schlüssel auf der Standardeingabe enthält Leer- oder Steuerzeichen. Übergeben Sie genau den Schlüssel.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The profile could not be saved to %1.</source>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Saved profile “%1”; its key %2 is in the keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Schlüssel %2 liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Usage: profiles remove NAME</source>
        <translation>Aufruf: profiles remove NAME</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Removed profile “%1” and its key.</source>
        <translation>Profil „%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The API key is never accepted as an argument: it would stay in your shell history and the process list. Use --key-stdin.</source>
        <translation>Der API-Schlüssel wird nie als Argument angenommen: Er bliebe in Ihrem Shell-Verlauf und in der Prozessliste. Verwenden Sie --key-stdin.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: profiles list | profiles add NAME ... --key-stdin | profiles remove NAME</source>
        <translation>Aufruf: profiles list | profiles add NAME ... --key-stdin | profiles remove NAME</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saved connection profiles; keys live in the OS keychain.</source>
        <translation>Gespeicherte Verbindungsprofile; die Schlüssel liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key kind: partner or project (default project).</source>
        <translation>Schlüsselart: partner oder project (Standard: project).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Default download folder.</source>
        <translation>Standard-Download-Ordner.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the API key from standard input.</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused: use --key-stdin.</source>
        <translation>Abgelehnt: Verwenden Sie --key-stdin.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+18" />
        <source>Not downloadable: only the user who started an export can download it.</source>
        <translation>Nicht herunterladbar: Nur der Benutzer, der einen Export gestartet hat, kann ihn herunterladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server listed no files for this export.</source>
        <translation>Der Server hat für diesen Export keine Dateien aufgeführt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files were removed by the retention policy. Exports are never regenerated: start a new export to get the data again.</source>
        <translation>Die Dateien wurden gemäß der Aufbewahrungsrichtlinie entfernt. Exporte werden nie neu erzeugt: Starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export was cancelled before it finished; it has no files.</source>
        <translation>Der Export wurde vor dem Abschluss abgebrochen; er hat keine Dateien.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The export is still in progress; its files appear when it has succeeded.</source>
        <translation>Der Export läuft noch; seine Dateien erscheinen, sobald er erfolgreich abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export failed; it has no files.</source>
        <translation>Der Export ist fehlgeschlagen; er hat keine Dateien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server reports a status this version does not know.</source>
        <translation>Der Server meldet einen Status, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <location filename="../src/cli/projectscommand.cpp" line="+19" />
        <source>Usage: peaka-exports-cli projects</source>
        <translation>Aufruf: peaka-exports-cli projects</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Listing projects needs a Partner API key; this key was refused (%1). A Project API key reaches only its own project: pass its id with --project.</source>
        <translation>Zum Auflisten von Projekten ist ein Partner-API-Schlüssel nötig; dieser Schlüssel wurde abgelehnt (%1). Ein Projekt-API-Schlüssel erreicht nur sein eigenes Projekt: Geben Sie dessen ID mit --project an.</translation>
    </message>
    <message>
        <location line="-6" />
        <location filename="../src/cli/showcommand.cpp" line="+9" />
        <location filename="../src/cli/sourcecommands.cpp" line="+64" />
        <location line="+16" />
        <location filename="../src/cli/sourcelookup.cpp" line="+77" />
        <location line="+35" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location line="+21" />
        <source>List every project (organization, workspace, name, id); needs a Partner API key.</source>
        <translation>Alle Projekte auflisten (Organisation, Workspace, Name, ID); benötigt einen Partner-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+1" />
        <source>Status</source>
        <comment>field of an export: its status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>field of an export: the query or table exported</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>field of an export: file format</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <comment>field of an export</comment>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>field of an export: rows exported</comment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>field of an export: bytes exported</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>field of an export: execution time</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>field of an export: submission time</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <comment>field of an export: who started it</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>field of an export: the program that started it</comment>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Query ID</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Table</source>
        <comment>field of an export: catalog.schema.table</comment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error</source>
        <comment>field of an export: its error message</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Downloadable</source>
        <translation>Herunterladbar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <comment>Downloadable: yes</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <comment>Downloadable: no</comment>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links expire</source>
        <comment>field of an export: when its download links expire</comment>
        <translation>Links laufen ab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <location line="+0" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: peaka-exports-cli show EXPORT_ID</source>
        <translation>Aufruf: peaka-exports-cli show EXPORT_ID</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Show every field of one export, with its download links.</source>
        <translation>Alle Felder eines Exports anzeigen, mit seinen Download-Links.</translation>
    </message>
    <message>
        <location filename="../src/cli/textformat.cpp" line="+51" />
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/cli/waitcommand.cpp" line="+13" />
        <source>Usage: peaka-exports-cli wait EXPORT_ID [--wait-timeout SEC] [--download DIR]</source>
        <translation>Aufruf: peaka-exports-cli wait EXPORT_ID [--wait-timeout SEC] [--download DIR]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Wait until an export has ended and print its status (--json: the row). Exit 0 when it succeeded, 2 when it failed, was cancelled or expired, 3 when --wait-timeout ran out.</source>
        <translation>Warten, bis ein Export beendet ist, und seinen Status ausgeben (--json: die Zeile). Exit-Code 0 bei Erfolg, 2 wenn er fehlgeschlagen, abgebrochen oder abgelaufen ist, 3 wenn --wait-timeout abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/cancelcommand.cpp" line="+22" />
        <source>Cancellation of export %1 accepted (it was %2).</source>
        <translation>Abbruch von Export %1 angenommen (Status war %2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export %1 had already finished (%2); there was nothing to cancel.</source>
        <translation>Export %1 war bereits beendet (%2); es gab nichts abzubrechen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Usage: peaka-exports-cli cancel EXPORT_ID</source>
        <translation>Aufruf: peaka-exports-cli cancel EXPORT_ID</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancel a PENDING or RUNNING export (exit 0 also when it had already finished).</source>
        <translation>Einen Export mit Status PENDING oder RUNNING abbrechen (Exit-Code 0 auch, wenn er bereits beendet war).</translation>
    </message>
    <message>
        <location filename="../src/cli/previewcommand.cpp" line="+76" />
        <source>--rows needs a whole number of 0 or more, not “%1”.</source>
        <translation>--rows erwartet eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--delimiter needs one ASCII character (or “tab”), not “%1”.</source>
        <translation>--delimiter erwartet ein ASCII-Zeichen (oder „tab“), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]</source>
        <translation>Aufruf: peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The first %n rows are shown; the file has more (--rows N shows more).</source>
        <translation>
            <numerusform>Die erste %n Zeile wird angezeigt; die Datei hat mehr (--rows N zeigt mehr).</numerusform>
            <numerusform>Die ersten %n Zeilen werden angezeigt; die Datei hat mehr (--rows N zeigt mehr).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Show the first rows of a downloaded CSV or JSONL file, plain or .gz.</source>
        <translation>Die ersten Zeilen einer heruntergeladenen CSV- oder JSONL-Datei anzeigen, unkomprimiert oder als .gz.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many rows to show (default %1).</source>
        <translation>Anzahl der angezeigten Zeilen (Standard %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter (default: guessed among , ; tab |).</source>
        <translation>Das CSV-Trennzeichen (Standard: automatisch erkannt unter , ; tab |).</translation>
    </message>
    <message>
        <location filename="../src/cli/sourcecommands.cpp" line="-57" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Usage: peaka-exports-cli queries</source>
        <translation>Aufruf: peaka-exports-cli queries</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+17" />
        <location filename="../src/cli/sourcelookup.cpp" line="-35" />
        <location line="+36" />
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <location line="-17" />
        <location filename="../src/cli/sourcelookup.cpp" line="-36" />
        <source>SQL NAME</source>
        <translation>SQL-NAME</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/cli/sourcelookup.cpp" line="+1" />
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+15" />
        <location line="+40" />
        <location filename="../src/cli/sourcelookup.cpp" line="+0" />
        <location line="+34" />
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+40" />
        <location filename="../src/cli/sourcelookup.cpp" line="+0" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Usage: peaka-exports-cli tables [CATALOG [SCHEMA]]</source>
        <translation>Aufruf: peaka-exports-cli tables [CATALOG [SCHEMA]]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SCHEMA</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CATALOG</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DYNAMIC</source>
        <translation>DYNAMISCH</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CACHED</source>
        <translation>GECACHT</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: peaka-exports-cli columns CATALOG SCHEMA TABLE</source>
        <translation>Aufruf: peaka-exports-cli columns CATALOG SCHEMA TABLE</translation>
    </message>
    <message>
        <location line="+6" />
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+3" />
        <source>query parameter of a dynamic table; never exported</source>
        <translation>Abfrageparameter einer dynamischen Tabelle; wird nie exportiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cache column; never exported</source>
        <translation>Cache-Spalte; wird nie exportiert</translation>
    </message>
    <message>
        <location line="+13" />
        <source>List the project's saved queries (id, display name, SQL name, folder, type).</source>
        <translation>Die gespeicherten Abfragen des Projekts auflisten (ID, Anzeigename, SQL-Name, Ordner, Typ).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List the catalogs; the schemas of one catalog; the tables of one schema. CATALOG is an id or a name.</source>
        <translation>Die Kataloge auflisten; die Schemas eines Katalogs; die Tabellen eines Schemas. CATALOG ist eine ID oder ein Name.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>List a table's columns with their SQL types (names for create --columns).</source>
        <translation>Die Spalten einer Tabelle mit ihren SQL-Typen auflisten (Namen für create --columns).</translation>
    </message>
    <message>
        <location filename="../src/cli/sourcelookup.cpp" line="-48" />
        <source>No saved query in project %1 has the id, SQL name or display name “%2”. See: peaka-exports-cli queries</source>
        <translation>Keine gespeicherte Abfrage in Projekt %1 hat die ID, den SQL-Namen oder den Anzeigenamen „%2“. Siehe: peaka-exports-cli queries</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>“%1” names %n saved queries; give the id or the SQL name of one:</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n gespeicherte Abfrage; geben Sie die ID oder den SQL-Namen einer davon an:</numerusform>
            <numerusform>„%1“ bezeichnet %n gespeicherte Abfragen; geben Sie die ID oder den SQL-Namen einer davon an:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>No catalog in project %1 has the id or name “%2”. See: peaka-exports-cli tables</source>
        <translation>Kein Katalog in Projekt %1 hat die ID oder den Namen „%2“. Siehe: peaka-exports-cli tables</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>“%1” names %n catalogs; give the id of one:</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Katalog; geben Sie die ID eines davon an:</numerusform>
            <numerusform>„%1“ bezeichnet %n Kataloge; geben Sie die ID eines davon an:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::demo::DemoServer</name>
    <message>
        <location filename="../src/demoserver/demoserver.cpp" line="+144" />
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht gelauscht werden: %1</translation>
    </message>
</context>
<context>
    <name>peaka::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/aboutbox.cpp" line="+12" />
        <source>&lt;h3&gt;Peaka Exports %1&lt;/h3&gt;&lt;p&gt;Browse, follow and download the data exports of your Peaka projects.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</source>
        <comment>about box: %1 app version, %2/%3 Qt versions, %4/%5 links</comment>
        <translation>&lt;h3&gt;Peaka Exports %1&lt;/h3&gt;&lt;p&gt;Datenexporte Ihrer Peaka-Projekte durchsuchen, verfolgen und herunterladen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Peaka website</source>
        <translation>Peaka-Website</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peaka documentation</source>
        <translation>Peaka-Dokumentation</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About Peaka Exports</source>
        <translation>Über Peaka Exports</translation>
    </message>
</context>
<context>
    <name>peaka::gui::AskOnce</name>
    <message>
        <location filename="../src/gui/askonce.cpp" line="+23" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the connection “%1” and its API key from the keychain?</source>
        <translation>Die Verbindung „%1“ und ihren API-Schlüssel aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exports and downloaded files are not affected.</source>
        <translation>Exporte und heruntergeladene Dateien sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::CancelExportAction</name>
    <message>
        <location filename="../src/gui/cancelexportaction.cpp" line="+18" />
        <source>&amp;Cancel Export…</source>
        <comment>stop a pending or running export</comment>
        <translation>Export abbre&amp;chen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stop the selected pending or running export (Delete)</source>
        <translation>Den ausgewählten wartenden oder laufenden Export stoppen (Entf)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Cancel the export of %1?</source>
        <translation>Den Export von %1 abbrechen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 is %2. The server stops it and removes what it has written so far; to get the data later, start a new export.</source>
        <translation>Status von Export %1: %2. Der Server stoppt ihn und entfernt, was er bisher geschrieben hat; um die Daten später zu erhalten, starten Sie einen neuen Export.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The export was not cancelled: its connection is closed.</source>
        <translation>Der Export wurde nicht abgebrochen: Seine Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The export was not cancelled: %1</source>
        <translation>Der Export wurde nicht abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancellation of the export accepted.</source>
        <translation>Der Abbruch des Exports wurde angenommen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::CatalogTreeModel</name>
    <message>
        <location filename="../src/gui/catalogtreemodel.cpp" line="+86" />
        <source>%1 (%2)</source>
        <comment>catalog label (catalog type), for catalogs that share a name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+172" />
        <source>%1
Name: %2
Type: %3
Id: %4</source>
        <translation>%1
Name: %2
Typ: %3
ID: %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A dynamic table: reading it needs query parameters (its _q_ columns).</source>
        <translation>Eine dynamische Tabelle: Zum Lesen braucht sie Abfrageparameter (ihre _q_-Spalten).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>dynamic</source>
        <extracomment>Marks a table that needs query parameters to be read</extracomment>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <comment>catalog type or table kind</comment>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ColumnChoiceModel</name>
    <message>
        <location filename="../src/gui/columnchoicemodel.cpp" line="+70" />
        <source>%1  %2</source>
        <comment>column name, SQL type</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ConnectionLinkRefresher</name>
    <message>
        <location filename="../src/gui/connectionlinkrefresher.cpp" line="+24" />
        <source>The connection of this download is no longer available. Add it again to resume the download.</source>
        <translation>Die Verbindung dieses Downloads ist nicht mehr verfügbar. Fügen Sie sie erneut hinzu, um den Download fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ConnectionTestPanel</name>
    <message>
        <location filename="../src/gui/connectiontestpanel.cpp" line="+18" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connection test status</source>
        <translation>Status des Verbindungstests</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Connection test results per project</source>
        <translation>Ergebnisse des Verbindungstests je Projekt</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Testing %n project(s)…</source>
        <translation>
            <numerusform>%n Projekt wird getestet…</numerusform>
            <numerusform>%n Projekte werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Works: %1</source>
        <translation>Funktioniert: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Every project answered.</source>
        <translation>Alle Projekte haben geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s) could not be listed.</source>
        <translation>
            <numerusform>%n Projekt konnte nicht aufgelistet werden.</numerusform>
            <numerusform>%n Projekte konnten nicht aufgelistet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::CsvOptionsBox</name>
    <message>
        <location filename="../src/gui/csvoptionsbox.cpp" line="+48" />
        <source>CSV options</source>
        <translation>CSV-Optionen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Write a header row with the column names</source>
        <translation>Kopfzeile mit den Spaltennamen schre&amp;iben</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CSV delimiter</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, (comma)</source>
        <translation>, (Komma)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; (semicolon)</source>
        <translation>; (Semikolon)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <comment>the tab character as CSV delimiter</comment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>| (pipe)</source>
        <translation>| (senkrechter Strich)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or type any single character; \t also means Tab.</source>
        <translation>Wählen Sie eines oder tippen Sie ein beliebiges einzelnes Zeichen; \t bedeutet ebenfalls Tabulator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSV quote character</source>
        <translation>CSV-Anführungszeichen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Line endings</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LF (Linux, macOS)</source>
        <translation>LF (Linux, macOS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CRLF (Windows)</source>
        <translation>CRLF (Windows)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Text written for NULL</source>
        <translation>Text für NULL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty field</source>
        <translation>Leeres Feld</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a header row</source>
        <translation>Kopfzeile schreiben</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not started from this app: the server does not return its CSV options, so the defaults are used.</source>
        <translation>Nicht in dieser App gestartet: Der Server liefert die CSV-Optionen nicht zurück, daher gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delim&amp;iter:</source>
        <translation>Trenn&amp;zeichen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Q&amp;uote character:</source>
        <translation>Anführungszei&amp;chen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line &amp;endings:</source>
        <translation>Zeilen&amp;enden:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;NULL written as:</source>
        <translation>&amp;NULL schreiben als:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One character each for the delimiter and the quote character.</source>
        <translation>Je ein Zeichen für Trennzeichen und Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About the CSV options</source>
        <translation>Über die CSV-Optionen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem with the CSV options</source>
        <translation>Problem mit den CSV-Optionen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadController</name>
    <message>
        <location filename="../src/gui/downloadcontroller.cpp" line="+53" />
        <source>&amp;Downloads</source>
        <comment>menu item that shows the downloads panel</comment>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the downloads (Ctrl+J)</source>
        <translation>Downloads ein- oder ausblenden (Strg+J)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+J</source>
        <comment>shortcut: downloads panel</comment>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Download Files</source>
        <comment>download every file of the selected export</comment>
        <translation>&amp;Dateien herunterladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+D</source>
        <comment>shortcut: download the selected export's files</comment>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download every file of the selected export (Ctrl+D)</source>
        <translation>Alle Dateien des ausgewählten Exports herunterladen (Strg+D)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The connection of this export is no longer available.</source>
        <translation>Die Verbindung dieses Exports ist nicht mehr verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>All %n files are already in %1.</source>
        <translation>
            <numerusform>%n Datei liegt bereits in %1.</numerusform>
            <numerusform>Alle %n Dateien liegen bereits in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Skipped %n files already in %1.</source>
        <translation>
            <numerusform>%n Datei übersprungen, die bereits in %1 liegt.</numerusform>
            <numerusform>%n Dateien übersprungen, die bereits in %1 liegen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Downloading %1 into %2</source>
        <comment>file name, folder</comment>
        <translation>%1 wird in %2 heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Downloading %n files into %1</source>
        <translation>
            <numerusform>%n Datei wird in %1 heruntergeladen</numerusform>
            <numerusform>%n Dateien werden in %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download finished</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is saved in %2.</source>
        <comment>file name, folder</comment>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded: %2</source>
        <comment>file name, the reason</comment>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Downloading 1 file</source>
        <comment>status bar</comment>
        <translation>1 Datei wird heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Downloading %n files</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Datei wird heruntergeladen</numerusform>
            <numerusform>%n Dateien werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · %2 %</source>
        <comment>Downloading 2 files · 45 %</comment>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 download paused</source>
        <comment>status bar</comment>
        <translation>1 Download angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n downloads paused</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Download angehalten</numerusform>
            <numerusform>%n Downloads angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadFolders</name>
    <message>
        <location filename="../src/gui/downloadfolders.cpp" line="+125" />
        <source>Download Folder for %1</source>
        <comment>title: connection name</comment>
        <translation>Download-Ordner für %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use This Folder</source>
        <translation>Diesen Ordner verwenden</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadListModel</name>
    <message>
        <location filename="../src/gui/downloadlistmodel.cpp" line="+122" />
        <source>%1 of %2</source>
        <comment>downloaded bytes of total bytes</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %</source>
        <comment>download progress in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1/s</source>
        <comment>download speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Name</source>
        <comment>downloaded file name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <comment>the source of the export a file belongs to</comment>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>bytes of a download</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speed</source>
        <comment>download speed</comment>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <comment>estimated time until the download ends</comment>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <comment>state of a download</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+32" />
        <location line="+9" />
        <source>Downloads</source>
        <comment>dock title</comment>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download actions</source>
        <translation>Download-Aktionen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Downloads</source>
        <comment>list of downloads</comment>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Selected download</source>
        <translation>Ausgewählter Download</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Pause</source>
        <comment>pause a download</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause the selected downloads (Ctrl+P)</source>
        <translation>Ausgewählte Downloads anhalten (Strg+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+P</source>
        <comment>shortcut: pause download</comment>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <comment>resume a download</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resume the selected downloads (Ctrl+R)</source>
        <translation>Ausgewählte Downloads fortsetzen (Strg+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+R</source>
        <comment>shortcut: resume download</comment>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <comment>retry a failed download</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Try the failed or cancelled downloads again</source>
        <translation>Fehlgeschlagene oder abgebrochene Downloads erneut versuchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <comment>cancel a download</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the selected downloads and delete their partial files</source>
        <translation>Ausgewählte Downloads stoppen und ihre Teildateien löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open the downloaded file (Enter)</source>
        <translation>Heruntergeladene Datei öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <comment>look inside a downloaded file</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the first rows of the downloaded file (Ctrl+Shift+P)</source>
        <translation>Die ersten Zeilen der heruntergeladenen Datei anzeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+P</source>
        <comment>shortcut: preview a download</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the folder that holds the file (Ctrl+Shift+F)</source>
        <translation>Ordner mit der Datei öffnen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+F</source>
        <comment>shortcut: show download in folder</comment>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from List</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the selected downloads; unfinished ones are cancelled (Delete)</source>
        <translation>Ausgewählte Downloads aus der Liste entfernen; unvollständige werden abgebrochen (Entf)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget every finished and cancelled download; the files stay</source>
        <translation>Alle abgeschlossenen und abgebrochenen Downloads aus der Liste entfernen; die Dateien bleiben erhalten</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+2" />
        <source>Decompress .gz files after download</source>
        <translation>.gz-Dateien nach dem Download entpacken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies to downloads started from now on.</source>
        <translation>Gilt für Downloads, die ab jetzt gestartet werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the .gz file</source>
        <translation>.gz-Datei behalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the .gz file after decompressing</source>
        <translation>.gz-Datei nach dem Entpacken behalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downloads at once:</source>
        <translation>Gleichzeitige Downloads:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location line="+113" />
        <source>%1: %2</source>
        <comment>file name: why the download failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved as %1</source>
        <comment>path of a finished download</comment>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No program could open %1. It is saved as %2.</source>
        <translation>Kein Programm konnte %1 öffnen. Die Datei ist als %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No file manager could show the folder %1.</source>
        <translation>Kein Dateimanager konnte den Ordner %1 anzeigen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ErrorBanner</name>
    <message>
        <location filename="../src/gui/errorbanner.cpp" line="+19" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Error</source>
        <comment>accessible name of the error text</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide error message</source>
        <translation>Fehlermeldung ausblenden</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportDetailPane</name>
    <message>
        <location filename="../src/gui/exportdetailpane.cpp" line="+133" />
        <location line="+106" />
        <source>Loading details…</source>
        <translation>Details werden geladen…</translation>
    </message>
    <message>
        <location line="-29" />
        <source>There is no export with the ID %1 in this project. Check the ID, or open the connection and project it belongs to.</source>
        <translation>In diesem Projekt gibt es keinen Export mit der ID %1. Prüfen Sie die ID oder öffnen Sie die Verbindung und das Projekt, zu denen er gehört.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not load the details: %1</source>
        <translation>Die Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Loading</source>
        <comment>status badge</comment>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (not known to this app)</source>
        <translation>%1 (dieser App unbekannt)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (%2 bytes)</source>
        <comment>size: human readable (exact)</comment>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2)</source>
        <comment>created: exact time (relative time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server gave no reason.</source>
        <translation>Der Server nannte keinen Grund.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This export is waiting to start. This pane updates itself when it changes.</source>
        <translation>Dieser Export wartet auf den Start. Diese Ansicht aktualisiert sich, wenn er sich ändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This export is running. This pane updates itself when it finishes.</source>
        <translation>Dieser Export läuft. Diese Ansicht aktualisiert sich, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This export failed. Fix the cause below and start a new export.</source>
        <translation>Dieser Export ist fehlgeschlagen. Beheben Sie die unten genannte Ursache und starten Sie einen neuen Export.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This export was cancelled before it finished. Start a new export to get the data.</source>
        <translation>Dieser Export wurde vor dem Abschluss abgebrochen. Starten Sie einen neuen Export, um die Daten zu erhalten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files of this export were removed by the retention policy. Exports are never regenerated: start a new export to get the data again.</source>
        <translation>Die Dateien dieses Exports wurden gemäß der Aufbewahrungsrichtlinie entfernt. Exporte werden nie neu erzeugt: Starten Sie einen neuen Export, um die Daten erneut zu erhalten.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This export has the status "%1", which this version of the app does not know. Its details are shown as the server sent them.</source>
        <translation>Dieser Export hat den Status „%1“, den diese Version der App nicht kennt. Seine Details werden so angezeigt, wie der Server sie gesendet hat.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2)</source>
        <comment>server's source name (ids)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Only the user who started an export can download it.</source>
        <translation>Nur der Benutzer, der einen Export gestartet hat, kann ihn herunterladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server listed no files for this export.</source>
        <translation>Der Server hat für diesen Export keine Dateien aufgeführt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Download File</source>
        <translation>Datei herunterladen</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Download All %n Files</source>
        <translation>
            <numerusform>%n Datei herunterladen</numerusform>
            <numerusform>Alle %n Dateien herunterladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>Show the first rows of %1</source>
        <translation>Die ersten Zeilen von %1 anzeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the first rows of a downloaded file</source>
        <translation>Die ersten Zeilen einer heruntergeladenen Datei anzeigen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportFilterBar</name>
    <message>
        <location filename="../src/gui/exportfilterbar.cpp" line="+26" />
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportTableView</name>
    <message>
        <location filename="../src/gui/exporttableview.cpp" line="+84" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportToolBar</name>
    <message>
        <location filename="../src/gui/connectionpicker.cpp" line="+15" />
        <location filename="../src/gui/exporttoolbar.cpp" line="+25" />
        <location line="+1" />
        <source>Connection and project</source>
        <translation>Verbindung und Projekt</translation>
    </message>
    <message>
        <location filename="../src/gui/exporttoolbar.cpp" line="+5" />
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Showing demo data</source>
        <translation>Demodaten werden angezeigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A built-in demo server on this computer: nothing here is real.</source>
        <translation>Ein eingebauter Demo-Server auf diesem Computer: Nichts hier ist echt.</translation>
    </message>
    <message>
        <location filename="../src/gui/exportfilterbar.cpp" line="+11" />
        <source>Search exports</source>
        <translation>Exporte durchsuchen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search source, ID, user, error…</source>
        <translation>Quelle, ID, Benutzer, Fehler suchen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search in source, export ID, user, error, query ID and table (Ctrl+F)</source>
        <translation>In Quelle, Export-ID, Benutzer, Fehler, Abfrage-ID und Tabelle suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/exporttoolbar.cpp" line="+69" />
        <source>Connections menu</source>
        <translation>Menü „Verbindungen“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add or manage connections</source>
        <translation>Verbindungen hinzufügen oder verwalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connections</source>
        <comment>toolbar menu button</comment>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::FieldHint</name>
    <message>
        <location filename="../src/gui/fieldhint.cpp" line="+83" />
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
</context>
<context>
    <name>peaka::gui::FileLinksView</name>
    <message>
        <location filename="../src/gui/filelinksview.cpp" line="+63" />
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Click to download. Right-click to copy the link.</source>
        <translation>Zum Herunterladen klicken. Rechtsklick kopiert den Link.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::KeychainFallback</name>
    <message>
        <location filename="../src/gui/keychainfallback.cpp" line="+13" />
        <source>The key can be kept in memory for this session only: it works until you quit Peaka Exports and is never written to disk. You will have to enter it again next time.</source>
        <translation>Der Schlüssel kann nur für diese Sitzung im Arbeitsspeicher gehalten werden: Er funktioniert, bis Sie Peaka Exports beenden, und wird nie auf die Festplatte geschrieben. Beim nächsten Mal müssen Sie ihn erneut eingeben.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The key cannot be saved</source>
        <translation>Der Schlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The keychain refused to store the API key.</source>
        <translation>Der Schlüsselbund hat das Speichern des API-Schlüssels verweigert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No keychain is available to store the API key.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um den API-Schlüssel zu speichern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use this key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>peaka::gui::LanguageMenu</name>
    <message>
        <location filename="../src/gui/languagemenu.cpp" line="+25" />
        <location line="+51" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="-45" />
        <source>System</source>
        <comment>language: follow the operating system</comment>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System (%1)</source>
        <comment>language: follow the operating system; %1 is its language</comment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Restart Now</source>
        <comment>restart the app in the new language</comment>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <comment>restart the app later</comment>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka Exports shows the new language after a restart. Running downloads are paused and resume after the restart.</source>
        <translation>Peaka Exports zeigt die neue Sprache nach einem Neustart. Laufende Downloads werden angehalten und nach dem Neustart fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainMenus</name>
    <message>
        <location filename="../src/gui/mainmenus.cpp" line="+48" />
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Connection</source>
        <comment>menu</comment>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Peaka Exports</source>
        <translation>Über &amp;Peaka Exports</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+56" />
        <source>List status</source>
        <translation>Status der Liste</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionpicker.cpp" line="+14" />
        <source>%1 · %2</source>
        <comment>connection name · project id</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowconnection.cpp" line="+143" />
        <source>The connection %1 is not open.</source>
        <translation>Die Verbindung %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add, edit or remove connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter Key for This Session…</source>
        <translation>Schlüssel für diese Sitzung eingeben…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the API key; it is kept in memory only, until the app quits</source>
        <translation>Geben Sie den API-Schlüssel ein; er bleibt nur im Arbeitsspeicher, bis die App beendet wird</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+124" />
        <source>Showing %n exports; the rest could not be loaded:</source>
        <translation>
            <numerusform>%n Export wird angezeigt; der Rest konnte nicht geladen werden:</numerusform>
            <numerusform>%n Exporte werden angezeigt; der Rest konnte nicht geladen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The list shows the last data received.</source>
        <translation>Die Liste zeigt die zuletzt empfangenen Daten.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Open Export</source>
        <translation>Export öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export ID:</source>
        <translation>Export-ID:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open export by ID</source>
        <translation>Export per ID öffnen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Copied the export ID.</source>
        <translation>Export-ID kopiert.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>cached · updating…</source>
        <comment>status: the list shows rows kept from the last run while the server is read</comment>
        <translation>zwischengespeichert · wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cached</source>
        <comment>status: the list shows rows kept from the last run; the server could not confirm them</comment>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loading exports… %1 so far</source>
        <comment>rows of a paged list read so far</comment>
        <translation>Exporte werden geladen… bisher %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Loading exports…</source>
        <translation>Exporte werden geladen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated %1</source>
        <comment>list refreshed at a time</comment>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n running</source>
        <comment>exports pending or running</comment>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n exports</source>
        <translation>
            <numerusform>%n Export</numerusform>
            <numerusform>%n Exporte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 of %n exports shown</source>
        <translation>
            <numerusform>%1 von %n Export angezeigt</numerusform>
            <numerusform>%1 von %n Exporten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No exports in this project yet. New Export… (Ctrl+N) starts one.</source>
        <translation>In diesem Projekt gibt es noch keine Exporte. Neuer Export… (Strg+N) startet einen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No export matches the status filter, “Mine” or the search. Esc in the search clears it.</source>
        <translation>Kein Export passt zum Statusfilter, zu „Meine“ oder zur Suche. Esc im Suchfeld leert die Suche.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Peaka Exports</source>
        <translation>Peaka Exports</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · %2 — Peaka Exports</source>
        <comment>window title: connection · project</comment>
        <translation>%1 · %2 — Peaka Exports</translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainWindowAssembly</name>
    <message>
        <location filename="../src/gui/mainwindowassembly.cpp" line="+106" />
        <source>Clear &amp;Cache</source>
        <translation>&amp;Zwischenspeicher leeren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forget the export lists kept on this computer for a quick start</source>
        <translation>Die für einen schnellen Start auf diesem Computer gespeicherten Exportlisten vergessen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cleared the cached export lists.</source>
        <translation>Die zwischengespeicherten Exportlisten wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some cached export lists could not be removed.</source>
        <translation>Einige zwischengespeicherte Exportlisten konnten nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportActions</name>
    <message>
        <location filename="../src/gui/newexportactions.cpp" line="+25" />
        <source>&amp;New Export…</source>
        <translation>&amp;Neuer Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Run Again…</source>
        <comment>start a new export with the source of the selected one</comment>
        <translation>&amp;Erneut ausführen…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start a new export of a query or a table (Ctrl+N)</source>
        <translation>Einen neuen Export einer Abfrage oder Tabelle starten (Strg+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Shift+N</source>
        <comment>shortcut: run the selected export again</comment>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new export with the source, format and compression of the selected one (Ctrl+Shift+N)</source>
        <translation>Einen neuen Export mit Quelle, Format und Komprimierung des ausgewählten Exports starten (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Downloading the file of the new export</source>
        <translation>Die Datei des neuen Exports wird heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Downloading %n files of the new export</source>
        <translation>
            <numerusform>%n Datei des neuen Exports wird heruntergeladen</numerusform>
            <numerusform>%n Dateien des neuen Exports werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>Started export %1.</source>
        <comment>export id</comment>
        <translation>Export %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportController</name>
    <message>
        <location filename="../src/gui/newexportcontroller.cpp" line="+109" />
        <source>Stopped following an export</source>
        <translation>Verfolgung eines Exports beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped following export %1: %2</source>
        <translation>Verfolgung von Export %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Nothing to download</source>
        <translation>Nichts herunterzuladen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 has no files you may download.</source>
        <translation>Der Export von %1 hat keine Dateien, die Sie herunterladen dürfen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportDialog</name>
    <message>
        <location filename="../src/gui/newexportdialog.cpp" line="+46" />
        <source>Create Export</source>
        <translation>Export erstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create the export</source>
        <translation>Export erstellen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Choose a saved query or a table</source>
        <translation>Wählen Sie eine gespeicherte Abfrage oder eine Tabelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Or enter an id…</source>
        <translation>Oder eine ID eingeben…</translation>
    </message>
    <message>
        <location line="+85" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON Lines (JSONL)</source>
        <translation>JSON Lines (JSONL)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None</source>
        <extracomment>Compression of the exported files: none</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gzip (.gz)</source>
        <translation>Gzip (.gz)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Run Export Again</source>
        <translation>Export erneut ausführen</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The row limit must be a whole number between 1 and 1,000,000.</source>
        <translation>Das Zeilenlimit muss eine ganze Zahl zwischen 1 und 1.000.000 sein.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A column name is empty: remove the extra comma.</source>
        <translation>Ein Spaltenname ist leer: Entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The column “%1” is listed twice.</source>
        <translation>Die Spalte „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pick a saved query or a table above, or enter its id.</source>
        <translation>Wählen Sie oben eine gespeicherte Abfrage oder eine Tabelle, oder geben Sie ihre ID ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the id of a saved query, or choose Table.</source>
        <translation>Geben Sie die ID einer gespeicherten Abfrage ein, oder wählen Sie „Tabelle“.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Source: %1</source>
        <comment>the name of the chosen query or table</comment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Creating the export…</source>
        <translation>Export wird erstellt…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no connection to send the export with.</source>
        <translation>Es gibt keine Verbindung, über die der Export gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The server accepted the export but sent no id. Check the list of exports.</source>
        <translation>Der Server hat den Export angenommen, aber keine ID gesendet. Prüfen Sie die Exportliste.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The server refused the column selection. Correct the columns and try again.</source>
        <translation>Der Server hat die Spaltenauswahl abgelehnt. Korrigieren Sie die Spalten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The server knows no query “%1” in this project.</source>
        <translation>Der Server kennt in diesem Projekt keine Abfrage „%1“.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server knows no table “%1” in this project.</source>
        <translation>Der Server kennt in diesem Projekt keine Tabelle „%1“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the source and try again.</source>
        <translation>Prüfen Sie die Quelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This API key has no access to project %1 (HTTP 403). A Project key only reaches its own project; use a key made for this project or a Partner key.</source>
        <translation>Dieser API-Schlüssel hat keinen Zugriff auf Projekt %1 (HTTP 403). Ein Projektschlüssel erreicht nur sein eigenes Projekt; verwenden Sie einen Schlüssel für dieses Projekt oder einen Partnerschlüssel.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The export may have been created anyway: check the list of exports before you retry.</source>
        <translation>Der Export wurde möglicherweise trotzdem erstellt: Prüfen Sie die Exportliste, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::Notifier</name>
    <message>
        <location filename="../src/gui/notifier.cpp" line="+50" />
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export expired</source>
        <translation>Export abgelaufen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The export of %1 has finished with %2 rows.</source>
        <translation>Der Export von %1 ist abgeschlossen (%2 Zeilen).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 has finished.</source>
        <translation>Der Export von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The export of %1 failed: %2</source>
        <translation>Der Export von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 failed; the server gave no reason.</source>
        <translation>Der Export von %1 ist fehlgeschlagen; der Server nannte keinen Grund.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export of %1 was cancelled.</source>
        <translation>Der Export von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The files of the export of %1 have expired.</source>
        <translation>Die Dateien des Exports von %1 sind abgelaufen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::PreviewDialog</name>
    <message>
        <location filename="../src/gui/previewdialog.cpp" line="+27" />
        <source>tab</source>
        <comment>the tab character as CSV delimiter</comment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV, delimiter “%1”</source>
        <comment>file format and its delimiter</comment>
        <translation>CSV, Trennzeichen „%1“</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, gzip</source>
        <comment>file format, compressed</comment>
        <translation>%1, gzip</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Preview of %1</source>
        <comment>window title: preview of a file</comment>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the file in the program set up for it</source>
        <translation>Die Datei mit dem dafür eingerichteten Programm öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the folder that holds the file</source>
        <translation>Ordner mit der Datei öffnen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rows read</source>
        <comment>accessible name of the preview's row count</comment>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading…</source>
        <comment>the preview is reading the file</comment>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <location line="+12" />
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Nothing to show.</source>
        <comment>preview of a file that could not be opened</comment>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows read before the problem</source>
        <translation>
            <numerusform>%Ln Zeile vor dem Problem gelesen</numerusform>
            <numerusform>%Ln Zeilen vor dem Problem gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The first %1 rows; open the file to see the rest</source>
        <comment>preview row count at its cap</comment>
        <translation>Die ersten %1 Zeilen; öffnen Sie die Datei, um den Rest zu sehen</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows, the whole file</source>
        <translation>
            <numerusform>%Ln Zeile, die ganze Datei</numerusform>
            <numerusform>%Ln Zeilen, die ganze Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows so far, reading more…</source>
        <translation>
            <numerusform>Bisher %Ln Zeile, weitere werden gelesen…</numerusform>
            <numerusform>Bisher %Ln Zeilen, weitere werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows so far; scroll down for more</source>
        <translation>
            <numerusform>Bisher %Ln Zeile; scrollen Sie nach unten für mehr</numerusform>
            <numerusform>Bisher %Ln Zeilen; scrollen Sie nach unten für mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>No program is set up to open %1 on this computer; the preview shows what it holds.</source>
        <translation>Auf diesem Computer ist kein Programm zum Öffnen von %1 eingerichtet; die Vorschau zeigt, was die Datei enthält.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::PreviewTableModel</name>
    <message>
        <location filename="../src/gui/previewtablemodel.cpp" line="+79" />
        <source>No value</source>
        <comment>tooltip of an empty preview cell: the key is missing or null</comment>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1: guessed type %2 (from the rows read so far)</source>
        <comment>column name: its guessed type</comment>
        <translation>%1: vermuteter Typ %2 (aus den bisher gelesenen Zeilen)</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileConnections</name>
    <message>
        <location filename="../src/gui/profileconnections.cpp" line="+252" />
        <source>API key for this session</source>
        <translation>API-Schlüssel für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API Key for This Session</source>
        <translation>API-Schlüssel für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The API key for “%1”. It is kept in memory only and forgotten when the app quits.</source>
        <translation>Der API-Schlüssel für „%1“. Er bleibt nur im Arbeitsspeicher und wird beim Beenden der App vergessen.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+52" />
        <source>Partner key (every project)</source>
        <translation>Partnerschlüssel (alle Projekte)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project key (one project)</source>
        <translation>Projektschlüssel (ein Projekt)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show or hide the API key</source>
        <translation>API-Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+10" />
        <source>Show</source>
        <comment>reveal the API key</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide</source>
        <comment>conceal the API key</comment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Edit connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kept for this session only: %1</source>
        <translation>Nur für diese Sitzung gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored key: %1</source>
        <translation>Gespeicherter Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave empty to keep the stored key (%1)</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key is kept in your system's keychain, never in a file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the API key, e.g. hBWIQxjc.…</source>
        <translation>API-Schlüssel einfügen, z. B. hBWIQxjc.…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The API key contains spaces or control characters. Paste the whole key.</source>
        <translation>Der API-Schlüssel enthält Leer- oder Steuerzeichen. Fügen Sie den ganzen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Default download folder</source>
        <translation>Standard-Download-Ordner</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter at least one project id to test.</source>
        <translation>Geben Sie mindestens eine Projekt-ID zum Testen ein.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paste the API key to test the connection.</source>
        <translation>Fügen Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Paste the API key first, then choose the projects.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel ein und wählen Sie dann die Projekte aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/profiledialogsave.cpp" line="+52" />
        <source>Saving the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Removing the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund entfernt…</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileManagerDialog</name>
    <message>
        <location filename="../src/gui/profilemanagerdialog.cpp" line="+26" />
        <location line="+1" />
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the selected connection</source>
        <translation>Ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the selected connection and its key</source>
        <translation>Ausgewählte Verbindung und ihren Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <comment>accessible name: progress message</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(key for this session only)</source>
        <translation>(Schlüssel nur für diese Sitzung)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1
Projects: %2</source>
        <translation>%1
Projekte: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <comment>between project names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+65" />
        <source>Removing the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund entfernt…</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectChooserDialog</name>
    <message>
        <location filename="../src/gui/projectchooserdialog.cpp" line="+29" />
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose projects</source>
        <translation>Projekte auswählen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by organization, workspace, project name or id</source>
        <translation>Nach Organisation, Workspace, Projektname oder ID filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter projects</source>
        <translation>Projekte filtern</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <location line="+39" />
        <location line="+34" />
        <source>%n project(s) chosen.</source>
        <translation>
            <numerusform>%n Projekt ausgewählt.</numerusform>
            <numerusform>%n Projekte ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59" />
        <source>Loading the projects this key can see…</source>
        <translation>Die für diesen Schlüssel sichtbaren Projekte werden geladen…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This key cannot list projects: only a Partner key can. Close this and type or paste the project id instead.</source>
        <translation>Dieser Schlüssel kann keine Projekte auflisten, das kann nur ein Partnerschlüssel. Schließen Sie dieses Fenster und geben Sie stattdessen die Projekt-ID ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The projects could not be listed: %1</source>
        <translation>Die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This key sees no projects yet. Create one in Peaka first.</source>
        <translation>Dieser Schlüssel sieht noch keine Projekte. Erstellen Sie zuerst eines in Peaka.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No project matches “%1”.</source>
        <translation>Kein Projekt passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectIdsField</name>
    <message>
        <location filename="../src/gui/projectidsfield.cpp" line="+21" />
        <source>C&amp;hoose projects…</source>
        <translation>Projekte aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project ids</source>
        <translation>Projekt-IDs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One project id per line (or separated by commas)</source>
        <translation>Eine Projekt-ID pro Zeile (oder durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose projects by name</source>
        <translation>Projekte nach Namen auswählen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How to find project ids</source>
        <translation>So finden Sie Projekt-IDs</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Only a Partner key can list projects. Type or paste this key's project id (Peaka shows it in the project's settings).</source>
        <translation>Nur ein Partnerschlüssel kann Projekte auflisten. Geben Sie die Projekt-ID dieses Schlüssels ein oder fügen Sie sie ein (Peaka zeigt sie in den Einstellungen des Projekts).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>, </source>
        <comment>between project names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectTreeModel</name>
    <message numerus="yes">
        <location filename="../src/gui/projecttreemodel.cpp" line="+139" />
        <source>%1 (%2 of %n chosen)</source>
        <comment>organization or workspace; %2 = chosen projects</comment>
        <translation>
            <numerusform>%1 (%2 von %n ausgewählt)</numerusform>
            <numerusform>%1 (%2 von %n ausgewählt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project id: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
Project id: %2</source>
        <translation>%1
Projekt-ID: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization id: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workspace id: %1</source>
        <translation>Workspace-ID: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Project id %1</source>
        <translation>Projekt-ID %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Organization › workspace › project</source>
        <translation>Organisation › Workspace › Projekt</translation>
    </message>
</context>
<context>
    <name>peaka::gui::SavedQueryModel</name>
    <message>
        <location filename="../src/gui/savedquerymodel.cpp" line="+161" />
        <source>%1
SQL name: %2
Id: %3</source>
        <translation>%1
SQL-Name: %2
ID: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Materialized</source>
        <extracomment>A saved query whose results Peaka stores and refreshes on a schedule</extracomment>
        <translation>Materialisiert</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQL name</source>
        <translation>SQL-Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <comment>kind of saved query</comment>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>peaka::gui::SourceBrowser</name>
    <message>
        <location filename="../src/gui/sourcebrowser.cpp" line="+60" />
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Filter saved queries by name or id</source>
        <translation>Gespeicherte Abfragen nach Name oder ID filtern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved queries status</source>
        <translation>Status der gespeicherten Abfragen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filter catalogs, schemas and tables</source>
        <translation>Kataloge, Schemas und Tabellen filtern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tables status</source>
        <translation>Status der Tabellen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Columns to export:</source>
        <translation>Zu exportierende Spalten:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>All</source>
        <extracomment>Check every column</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None</source>
        <extracomment>Uncheck every column</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invert</source>
        <extracomment>Check the unchecked columns and uncheck the checked ones</extracomment>
        <translation>Umkehren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note about the columns</source>
        <translation>Hinweis zu den Spalten</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Loading saved queries…</source>
        <translation>Gespeicherte Abfragen werden geladen…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not list the saved queries: %1 You can still enter an id below.</source>
        <translation>Die gespeicherten Abfragen konnten nicht aufgelistet werden: %1 Sie können trotzdem unten eine ID eingeben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This project has no saved queries.</source>
        <translation>Dieses Projekt hat keine gespeicherten Abfragen.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Loading columns…</source>
        <translation>Spalten werden geladen…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not list the columns: %1</source>
        <translation>Die Spalten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A dynamic table: %1 are query parameters needed to read it; they are never exported.</source>
        <translation>Eine dynamische Tabelle: %1 sind Abfrageparameter, die zum Lesen nötig sind; sie werden nie exportiert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No column is checked: check at least one, or All to export every column.</source>
        <translation>Keine Spalte ist ausgewählt: Wählen Sie mindestens eine aus, oder „Alle“, um alle Spalten zu exportieren.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::StatusFilterButton</name>
    <message>
        <location filename="../src/gui/statusfilterbutton.cpp" line="+15" />
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only exports with these statuses</source>
        <translation>Nur Exporte mit diesen Status anzeigen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Other</source>
        <comment>statuses this app does not know</comment>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+47" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n statuses</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/welcomepage.cpp" line="+15" />
        <source>Connecting…</source>
        <comment>start-up: the saved connection's API key is being read</comment>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>Explore with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Welcome to Peaka Exports</source>
        <translation>Willkommen bei Peaka Exports</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Browse the data exports of your Peaka projects, follow running exports live and download their files.

Connect with a Peaka API key, or look around first with a built-in demo project.</source>
        <translation>Durchsuchen Sie die Datenexporte Ihrer Peaka-Projekte, verfolgen Sie laufende Exporte live und laden Sie deren Dateien herunter.

Verbinden Sie sich mit einem Peaka-API-Schlüssel oder sehen Sie sich zuerst in einem eingebauten Demoprojekt um.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ZoneUrlRow</name>
    <message>
        <location filename="../src/gui/zoneurlrow.cpp" line="+18" />
        <source>Peaka zone</source>
        <translation>Peaka-Zone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US (%1)</source>
        <comment>Peaka's US zone (host name)</comment>
        <translation>USA (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EU (%1)</source>
        <comment>Peaka's EU zone (host name)</comment>
        <translation>EU (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other URL…</source>
        <comment>a base URL typed by the user</comment>
        <translation>Andere URL…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any base URL, e.g. a self-hosted or staging deployment</source>
        <translation>Beliebige Basis-URL, z. B. eine selbst betriebene oder Staging-Installation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Base URL of the Peaka API</source>
        <translation>Basis-URL der Peaka-API</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://…/api/v1</source>
        <translation>https://…/api/v1</translation>
    </message>
</context>
<context>
    <name>peaka::preview::CsvParser</name>
    <message>
        <location filename="../src/core/preview/csvparser.cpp" line="+18" />
        <source>column %1</source>
        <comment>name of a CSV column without a header</comment>
        <translation>Spalte %1</translation>
    </message>
</context>
</TS>
