<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>peaka::ApiError</name>
    <message numerus="yes">
        <location filename="../src/core/api/apierror.cpp" line="+158"/>
        <source>%1 did not answer within %n second(s). Try again, or raise the timeout.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Try again, or raise the timeout.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Try again, or raise the timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The server is receiving too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>The server is receiving too many requests (HTTP 429). Try again in %n second.</numerusform>
            <numerusform>The server is receiving too many requests (HTTP 429). Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../src/core/api/connectiontester.cpp" line="+96"/>
        <source>Project %1: connected, %n export(s) listed.</source>
        <translation>
            <numerusform>Project %1: connected, %n export listed.</numerusform>
            <numerusform>Project %1: connected, %n exports listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::ExportFormat</name>
    <message numerus="yes">
        <location filename="../src/core/exports/exportformat.cpp" line="+53"/>
        <source>%n min ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n days ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Links expired %n min ago; they are renewed when you use them.</source>
        <translation>
            <numerusform>Links expired %n min ago; they are renewed when you use them.</numerusform>
            <numerusform>Links expired %n min ago; they are renewed when you use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Links expire in %n min</source>
        <translation>
            <numerusform>Links expire in %n min</numerusform>
            <numerusform>Links expire in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Links expire in %n h</source>
        <translation>
            <numerusform>Links expire in %n h</numerusform>
            <numerusform>Links expire in %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::ExportWaiter</name>
    <message numerus="yes">
        <location filename="../src/core/exports/exportwaiter.cpp" line="+115"/>
        <source>Stopped waiting for export %1 after %n second(s); it is still %2.</source>
        <translation>
            <numerusform>Stopped waiting for export %1 after %n second; it is still %2.</numerusform>
            <numerusform>Stopped waiting for export %1 after %n seconds; it is still %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::PreviewReader</name>
    <message numerus="yes">
        <location filename="../src/core/preview/previewreader.cpp" line="+159"/>
        <source>The preview stops after %Ln rows to keep memory in check.</source>
        <translation>
            <numerusform>The preview stops after %Ln row to keep memory in check.</numerusform>
            <numerusform>The preview stops after %Ln rows to keep memory in check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 is not valid gzip data or is damaged; %Ln rows could be read before the damage.</source>
        <translation>
            <numerusform>%1 is not valid gzip data or is damaged; %Ln row could be read before the damage.</numerusform>
            <numerusform>%1 is not valid gzip data or is damaged; %Ln rows could be read before the damage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 ends early: the gzip data is cut off after %Ln rows. The download may be incomplete.</source>
        <translation>
            <numerusform>%1 ends early: the gzip data is cut off after %Ln row. The download may be incomplete.</numerusform>
            <numerusform>%1 ends early: the gzip data is cut off after %Ln rows. The download may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is not UTF-8 text: invalid bytes follow row %Ln.</source>
        <translation>
            <numerusform>%1 is not UTF-8 text: invalid bytes follow row %Ln.</numerusform>
            <numerusform>%1 is not UTF-8 text: invalid bytes follow row %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 ends inside a quoted value after %Ln rows; the file may be truncated.</source>
        <translation>
            <numerusform>%1 ends inside a quoted value after %Ln row; the file may be truncated.</numerusform>
            <numerusform>%1 ends inside a quoted value after %Ln rows; the file may be truncated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has a line that is not valid JSON after %Ln rows; the file may be damaged or truncated.</source>
        <translation>
            <numerusform>%1 has a line that is not valid JSON after %Ln row; the file may be damaged or truncated.</numerusform>
            <numerusform>%1 has a line that is not valid JSON after %Ln rows; the file may be damaged or truncated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has a line that is not a JSON object after %Ln rows; JSONL needs one object per line.</source>
        <translation>
            <numerusform>%1 has a line that is not a JSON object after %Ln row; JSONL needs one object per line.</numerusform>
            <numerusform>%1 has a line that is not a JSON object after %Ln rows; JSONL needs one object per line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Only the first %n columns are shown.</source>
        <translation>
            <numerusform>Only the first %n column is shown.</numerusform>
            <numerusform>Only the first %n columns are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::ProfileChecks</name>
    <message numerus="yes">
        <location filename="../src/core/profiles/profilechecks.cpp" line="+19"/>
        <source>A Project key works for one project only, but %n project ids are listed. Keep one, or choose “Partner key” if this key sees every project.</source>
        <translation>
            <numerusform>A Project key works for one project only, but %n project id is listed. Keep one, or choose “Partner key” if this key sees every project.</numerusform>
            <numerusform>A Project key works for one project only, but %n project ids are listed. Keep one, or choose “Partner key” if this key sees every project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::cli::CliContext</name>
    <message numerus="yes">
        <location filename="../src/cli/followjob.cpp" line="+96"/>
        <source>Downloading %n file(s) into %1…</source>
        <translation>
            <numerusform>Downloading %n file into %1…</numerusform>
            <numerusform>Downloading %n files into %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/listcommand.cpp" line="+73"/>
        <source>Only %n exports could be listed; the rest could not be read: %1</source>
        <translation>
            <numerusform>Only %n export could be listed; the rest could not be read: %1</numerusform>
            <numerusform>Only %n exports could be listed; the rest could not be read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/previewcommand.cpp" line="+127"/>
        <source>The first %n rows are shown; the file has more (--rows N shows more).</source>
        <translation>
            <numerusform>The first %n row is shown; the file has more (--rows N shows more).</numerusform>
            <numerusform>The first %n rows are shown; the file has more (--rows N shows more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/sourcelookup.cpp" line="+74"/>
        <source>“%1” names %n saved queries; give the id or the SQL name of one:</source>
        <translation>
            <numerusform>“%1” names %n saved query; give the id or the SQL name of one:</numerusform>
            <numerusform>“%1” names %n saved queries; give the id or the SQL name of one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>“%1” names %n catalogs; give the id of one:</source>
        <translation>
            <numerusform>“%1” names %n catalog; give the id of one:</numerusform>
            <numerusform>“%1” names %n catalogs; give the id of one:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::ConnectionTestPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/connectiontestpanel.cpp" line="+63"/>
        <source>Testing %n project(s)…</source>
        <translation>
            <numerusform>Testing %n project…</numerusform>
            <numerusform>Testing %n projects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n project(s) could not be listed.</source>
        <translation>
            <numerusform>%n project could not be listed.</numerusform>
            <numerusform>%n projects could not be listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadController</name>
    <message numerus="yes">
        <location filename="../src/gui/downloadcontroller.cpp" line="+155"/>
        <source>All %n files are already in %1.</source>
        <translation>
            <numerusform>%n file is already in %1.</numerusform>
            <numerusform>All %n files are already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n files already in %1.</source>
        <translation>
            <numerusform>Skipped %n file already in %1.</numerusform>
            <numerusform>Skipped %n files already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Downloading %n files into %1</source>
        <translation>
            <numerusform>Downloading %n file into %1</numerusform>
            <numerusform>Downloading %n files into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Downloading %n files</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>Downloading %n file</numerusform>
            <numerusform>Downloading %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n downloads paused</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n download paused</numerusform>
            <numerusform>%n downloads paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportDetailPane</name>
    <message numerus="yes">
        <location filename="../src/gui/exportdetailpane.cpp" line="+374"/>
        <source>Download All %n Files</source>
        <translation>
            <numerusform>Download %n File</numerusform>
            <numerusform>Download All %n Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+180"/>
        <source>Showing %n exports; the rest could not be loaded:</source>
        <translation>
            <numerusform>Showing %n export; the rest could not be loaded:</numerusform>
            <numerusform>Showing %n exports; the rest could not be loaded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Trying again in %n s.</numerusform>
            <numerusform>Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>%n running</source>
        <comment>exports pending or running</comment>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n exports</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n exports shown</source>
        <translation>
            <numerusform>%1 of %n export shown</numerusform>
            <numerusform>%1 of %n exports shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportActions</name>
    <message numerus="yes">
        <location filename="../src/gui/newexportactions.cpp" line="+53"/>
        <source>Downloading %n files of the new export</source>
        <translation>
            <numerusform>Downloading %n file of the new export</numerusform>
            <numerusform>Downloading %n files of the new export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::PreviewDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/previewdialog.cpp" line="+192"/>
        <source>%Ln rows read before the problem</source>
        <translation>
            <numerusform>%Ln row read before the problem</numerusform>
            <numerusform>%Ln rows read before the problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows, the whole file</source>
        <translation>
            <numerusform>%Ln row, the whole file</numerusform>
            <numerusform>%Ln rows, the whole file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rows so far, reading more…</source>
        <translation>
            <numerusform>%Ln row so far, reading more…</numerusform>
            <numerusform>%Ln rows so far, reading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rows so far; scroll down for more</source>
        <translation>
            <numerusform>%Ln row so far; scroll down for more</numerusform>
            <numerusform>%Ln rows so far; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectChooserDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/projectchooserdialog.cpp" line="+90"/>
        <location line="+39"/>
        <location line="+34"/>
        <source>%n project(s) chosen.</source>
        <translation>
            <numerusform>%n project chosen.</numerusform>
            <numerusform>%n projects chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectTreeModel</name>
    <message numerus="yes">
        <location filename="../src/gui/projecttreemodel.cpp" line="+139"/>
        <source>%1 (%2 of %n chosen)</source>
        <comment>organization or workspace; %2 = chosen projects</comment>
        <translation>
            <numerusform>%1 (%2 of %n chosen)</numerusform>
            <numerusform>%1 (%2 of %n chosen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::StatusFilterButton</name>
    <message numerus="yes">
        <location filename="../src/gui/statusfilterbutton.cpp" line="+91"/>
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
</TS>
