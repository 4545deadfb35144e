<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ExportDetailPane</name>
    <message>
        <location filename="../ui/exportdetailpane.ui" line="+6" />
        <location line="+14" />
        <source>Export details</source>
        <translation>Dışa aktarma ayrıntıları</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Select an export to see its details.</source>
        <translation>Ayrıntılarını görmek için bir dışa aktarma seçin.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status</source>
        <comment>accessible name: the export status badge</comment>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>accessible name: the query or table exported</comment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What this status means</source>
        <translation>Bu durumun anlamı</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel Export…</source>
        <comment>stop this pending or running export</comment>
        <translation>Dışa aktarmayı iptal et…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop this export; you are asked to confirm first</source>
        <translation>Bu dışa aktarmayı durdur; önce onayınız istenir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel export</source>
        <comment>stop this pending or running export</comment>
        <translation>Dışa aktarmayı iptal et</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run Again…</source>
        <comment>start a new export with the source of this one</comment>
        <translation>Yeniden çalıştır…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start a new export with the source, format and compression of this one</source>
        <translation>Bu dışa aktarmanın kaynağı, biçimi ve sıkıştırmasıyla yeni bir dışa aktarma başlat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run again</source>
        <comment>start a new export with the source of this one</comment>
        <translation>Yeniden çalıştır</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading details…</source>
        <translation>Ayrıntılar yükleniyor…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export error</source>
        <translation>Dışa aktarma hatası</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error message</source>
        <translation>Hata iletisi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the error message</source>
        <translation>Hata iletisini kopyala</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy error message</source>
        <translation>Hata iletisini kopyala</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export ID:</source>
        <comment>export id</comment>
        <translation>Dışa aktarma kimliği:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export ID</source>
        <translation>Dışa aktarma kimliği</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the export ID</source>
        <translation>Dışa aktarma kimliğini kopyala</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy export ID</source>
        <translation>Dışa aktarma kimliğini kopyala</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status:</source>
        <comment>export status</comment>
        <translation>Durum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <comment>export status</comment>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source:</source>
        <comment>the query or table exported</comment>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>the query or table exported</comment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Query ID:</source>
        <translation>Sorgu kimliği:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Query ID</source>
        <translation>Sorgu kimliği</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table:</source>
        <comment>catalog.schema.table of a table export</comment>
        <translation>Tablo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table</source>
        <comment>catalog.schema.table of a table export</comment>
        <translation>Tablo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format:</source>
        <comment>file format</comment>
        <translation>Biçim:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>file format</comment>
        <translation>Biçim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression:</source>
        <translation>Sıkıştırma:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <translation>Sıkıştırma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows:</source>
        <comment>number of rows exported</comment>
        <translation>Satır:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>number of rows exported</comment>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size:</source>
        <comment>bytes exported</comment>
        <translation>Boyut:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>bytes exported</comment>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration:</source>
        <comment>execution time</comment>
        <translation>Süre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>execution time</comment>
        <translation>Süre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created:</source>
        <comment>submission time</comment>
        <translation>Oluşturulma:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>submission time</comment>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started by:</source>
        <comment>the user who started the export</comment>
        <translation>Başlatan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started by</source>
        <comment>the user who started the export</comment>
        <translation>Başlatan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key:</source>
        <comment>public prefix of the key that started the export</comment>
        <translation>API anahtarı:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key</source>
        <comment>public prefix of the key that started the export</comment>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client:</source>
        <comment>the program that started the export</comment>
        <translation>İstemci:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>the program that started the export</comment>
        <translation>İstemci</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Link expiry</source>
        <translation>Bağlantıların geçerlilik süresi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Download All Files</source>
        <translation>Tüm dosyaları indir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download every file of this export into the download folder</source>
        <translation>Bu dışa aktarmanın tüm dosyalarını indirme klasörüne indir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download all files</source>
        <translation>Tüm dosyaları indir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <comment>look inside a downloaded file</comment>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the first rows of the downloaded file</source>
        <translation>İndirilen dosyanın ilk satırlarını göster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Preview downloaded file</source>
        <translation>İndirilen dosyayı önizle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Download note</source>
        <translation>İndirme notu</translation>
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
        <translation>Dışa aktarmalar</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status</source>
        <comment>accessible name of the status bar</comment>
        <translation>Durum çubuğu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh</source>
        <comment>action: reload the export list</comment>
        <translation>Yenile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list (F5)</source>
        <translation>Listeyi yenile (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search</source>
        <comment>action: focus the search field</comment>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open by ID…</source>
        <translation>Kimlikle aç…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an export by its ID (Ctrl+O)</source>
        <translation>Bir dışa aktarmayı kimliğiyle aç (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy Export ID</source>
        <translation>Dışa Aktarma Kimliğini Kopyala</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mine</source>
        <comment>filter: only exports started with my API key</comment>
        <translation>Benimkiler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only exports started with this connection's API key</source>
        <translation>Yalnızca bu bağlantının API anahtarıyla başlatılan dışa aktarmaları göster</translation>
    </message>
</context>
<context>
    <name>NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.ui" line="+7" />
        <location line="+3" />
        <source>New Export</source>
        <translation>Yeni Dışa Aktarma</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>Source</source>
        <comment>group: what to export (saved query or table)</comment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export a saved query</source>
        <translation>Kayıtlı bir sorguyu dışa aktar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Saved query</source>
        <translation>&amp;Kayıtlı sorgu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export a table</source>
        <translation>Bir tabloyu dışa aktar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;blo</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Source details</source>
        <translation>Kaynak ayrıntıları</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved query</source>
        <translation>Kayıtlı sorgu</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Query id</source>
        <translation>Sorgu kimliği</translation>
    </message>
    <message>
        <location line="-10" />
        <source>&amp;Query id:</source>
        <translation>&amp;Sorgu kimliği:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. 709922802836177297</source>
        <translation>ör. 709922802836177297</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+52" />
        <location line="+13" />
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location line="-59" />
        <location line="+13" />
        <source>Catalog id</source>
        <translation>Katalog kimliği</translation>
    </message>
    <message>
        <location line="-10" />
        <source>C&amp;atalog id:</source>
        <translation>K&amp;atalog kimliği:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. stripe</source>
        <translation>ör. stripe</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+13" />
        <source>Schema</source>
        <translation>Şema</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Sc&amp;hema:</source>
        <translation>Şe&amp;ma:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. public</source>
        <translation>ör. public</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Table:</source>
        <translation>&amp;Tablo:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. invoices</source>
        <translation>ör. invoices</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Problem with the source</source>
        <translation>Kaynakla ilgili sorun</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+3" />
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location line="-10" />
        <source>&amp;Format:</source>
        <translation>Bi&amp;çim:</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+13" />
        <source>Compression</source>
        <translation>Sıkıştırma</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Co&amp;mpression:</source>
        <translation>Sı&amp;kıştırma:</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+27" />
        <source>Row limit</source>
        <translation>Satır sınırı</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Row &amp;limit:</source>
        <translation>Satır sı&amp;nırı:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Server default</source>
        <translation>Sunucu varsayılanı</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About the row limit</source>
        <translation>Satır sınırı hakkında</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty for the server's default, or a whole number from 1 to 1,000,000.</source>
        <translation>Sunucunun varsayılanı için boş bırakın veya 1 ile 1.000.000 arasında bir tam sayı girin.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problem with the row limit</source>
        <translation>Satır sınırıyla ilgili sorun</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+27" />
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location line="-24" />
        <source>C&amp;olumns:</source>
        <translation>Süt&amp;unlar:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>All columns</source>
        <translation>Tüm sütunlar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About the columns</source>
        <translation>Sütunlar hakkında</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comma-separated column names; empty exports every column.</source>
        <translation>Virgülle ayrılmış sütun adları; boş bırakılırsa tüm sütunlar dışa aktarılır.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problem with the columns</source>
        <translation>Sütunlarla ilgili sorun</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Include system columns</source>
        <translation>Sistem sütunlarını dahil et</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include &amp;system columns</source>
        <translation>Sist&amp;em sütunlarını dahil et</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka's own bookkeeping columns, such as _id and _version. The server includes them unless this is cleared.</source>
        <translation>Peaka'nın kendi kayıt sütunları, örneğin _id ve _version. Bu işaretli olduğu sürece sunucu onları dahil eder.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About system columns</source>
        <translation>Sistem sütunları hakkında</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka's bookkeeping columns (_id, _version, …). Cache columns (_q_…, _cache_…) are never exported.</source>
        <translation>Peaka'nın kayıt sütunları (_id, _version, …). Önbellek sütunları (_q_…, _cache_…) hiçbir zaman dışa aktarılmaz.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download when ready</source>
        <translation>Hazır olunca indir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Download when ready</source>
        <translation>Hazır olunca &amp;indir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the export has succeeded, its files are downloaded into the profile's download folder.</source>
        <translation>Dışa aktarma başarıyla tamamlanınca dosyaları profilin indirme klasörüne indirilir.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Status</source>
        <comment>accessible name: progress message while sending</comment>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.ui" line="+7" />
        <location line="+1" />
        <source>Connection profile</source>
        <translation>Bağlantı profili</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Profile name</source>
        <translation>Profil adı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Finance (production)</source>
        <translation>ör. Finans (canlı)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Zone:</source>
        <translation>&amp;Bölge:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Key &amp;kind:</source>
        <translation>Anahtar tü&amp;rü:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kind of API key</source>
        <translation>API anahtarının türü</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API &amp;key:</source>
        <translation>API a&amp;nahtarı:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stored API key</source>
        <translation>Kayıtlı API anahtarı</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Project ids:</source>
        <translation>&amp;Proje kimlikleri:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Download folder:</source>
        <translation>İn&amp;dirme klasörü:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Default download folder</source>
        <translation>Varsayılan indirme klasörü</translation>
    </message>
    <message>
        <location line="+3" />
        <source>B&amp;rowse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the download folder</source>
        <translation>İndirme klasörünü seçin</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Key kind warning</source>
        <translation>Anahtar türü uyarısı</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems with the profile</source>
        <translation>Profille ilgili sorunlar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save status</source>
        <translation>Kaydetme durumu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;move profile…</source>
        <translation>Profili &amp;kaldır…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove this profile and its stored key</source>
        <translation>Bu profili ve kayıtlı anahtarını kaldır</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+68" />
        <source>Could not start the demo server: %1</source>
        <translation>Demo sunucusu başlatılamadı: %1</translation>
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
        <translation>Peaka veri dışa aktarmalarına göz atın ve indirin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the version and exit.</source>
        <translation>Sürümü yazdır ve çık.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Explore with demo data from a built-in server.</source>
        <translation>Yerleşik bir sunucudan gelen demo verileriyle keşfet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Neither show nor keep the cached export lists (every list comes from the server).</source>
        <translation>Önbellekteki dışa aktarma listelerini ne göster ne de sakla (her liste sunucudan gelir).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after SEC seconds (for checks).</source>
        <translation>SEC saniye sonra çık (denetimler için).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use the language CODE (e.g. de, tr).</source>
        <translation>CODE dilini kullan (ör. de, tr).</translation>
    </message>
    <message>
        <location line="+55" />
        <source>This build has no demo server (it needs Qt HttpServer).</source>
        <translation>Bu derlemede demo sunucusu yok (Qt HttpServer gerektirir).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--quit-after needs a number of seconds.</source>
        <translation>--quit-after bir saniye sayısı bekler.</translation>
    </message>
</context>
<context>
    <name>peaka::ApiError</name>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="+148" />
        <source>the server</source>
        <translation>sunucu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not reach %1. Check your network connection and the base URL.</source>
        <translation>%1 adresine ulaşılamadı. Ağ bağlantınızı ve temel URL'yi denetleyin.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 did not answer within %n second(s). Try again, or raise the timeout.</source>
        <translation>
            <numerusform>%1 %n saniye içinde yanıt vermedi. Yeniden deneyin veya zaman aşımını artırın.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 did not answer in time. Try again, or raise the timeout.</source>
        <translation>%1 zamanında yanıt vermedi. Yeniden deneyin veya zaman aşımını artırın.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The secure connection to %1 failed; its certificate could not be verified.</source>
        <translation>%1 ile güvenli bağlantı kurulamadı; sertifikası doğrulanamadı.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key was rejected (HTTP 401). Check the key in the connection settings.</source>
        <translation>API anahtarı reddedildi (HTTP 401). Bağlantı ayarlarındaki anahtarı denetleyin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This API key has no access to this resource (HTTP 403). A Project key sees only its own project.</source>
        <translation>Bu API anahtarının bu kaynağa erişimi yok (HTTP 403). Bir Proje anahtarı yalnızca kendi projesini görür.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not found (HTTP 404): the project or export does not exist, or the base URL is wrong.</source>
        <translation>Bulunamadı (HTTP 404): proje veya dışa aktarma yok ya da temel URL yanlış.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused the request (HTTP %1).</source>
        <translation>Sunucu isteği reddetti (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The server is receiving too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Sunucu çok fazla istek alıyor (HTTP 429). %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server is receiving too many requests (HTTP 429). Try again in a moment.</source>
        <translation>Sunucu çok fazla istek alıyor (HTTP 429). Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Sunucuda bir sorun oluştu (HTTP %1). Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server sent a response that could not be read.</source>
        <translation>Sunucu okunamayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request could not be sent.</source>
        <translation>İstek gönderilemedi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server said: “%1”</source>
        <translation>Sunucunun yanıtı: “%1”</translation>
    </message>
</context>
<context>
    <name>peaka::ApiRequest</name>
    <message>
        <location filename="../src/core/api/apirequest.cpp" line="+174" />
        <source>The response is larger than %1, the most this app accepts.</source>
        <translation>Yanıt, bu uygulamanın kabul ettiği en büyük boyut olan %1 değerinden büyük.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The connection was closed before the whole answer arrived.</source>
        <translation>Yanıtın tamamı gelmeden bağlantı kapandı.</translation>
    </message>
</context>
<context>
    <name>peaka::BaseUrl</name>
    <message>
        <location filename="../src/core/api/baseurl.cpp" line="+26" />
        <source>Enter the API base URL, for example %1.</source>
        <translation>API temel URL'sini girin, örneğin %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a valid URL.</source>
        <translation>“%1” geçerli bir URL değil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must start with https://.</source>
        <translation>Temel URL https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must use https:// (plain http is allowed only for this computer).</source>
        <translation>Temel URL https:// kullanmalıdır (düz http yalnızca bu bilgisayar için kullanılabilir).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>Temel URL kullanıcı adı, sorgu veya parça içeremez.</translation>
    </message>
</context>
<context>
    <name>peaka::ConnectionRegistry</name>
    <message>
        <location filename="../src/core/connections/connectionregistry.cpp" line="+22" />
        <source>The connection has no id.</source>
        <translation>Bağlantının kimliği yok.</translation>
    </message>
</context>
<context>
    <name>peaka::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../src/core/api/connectiontester.cpp" line="+96" />
        <source>Project %1: connected, %n export(s) listed.</source>
        <translation>
            <numerusform>Proje %1: bağlandı, %n dışa aktarma listelendi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project %1: the key was rejected (HTTP 401). Check that you pasted the whole key and that it has not been revoked.</source>
        <translation>Proje %1: anahtar reddedildi (HTTP 401). Anahtarın tamamını yapıştırdığınızı ve iptal edilmediğini denetleyin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project %1: this key has no access to project %1 (a Project key sees only its own project). Use a Partner key or that project's own key.</source>
        <translation>Proje %1: bu anahtarın %1 projesine erişimi yok (bir Proje anahtarı yalnızca kendi projesini görür). Bir İş Ortağı anahtarı veya o projenin kendi anahtarını kullanın.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project %1: no such project (HTTP 404). Check the project id and the base URL.</source>
        <translation>Proje %1: böyle bir proje yok (HTTP 404). Proje kimliğini ve temel URL'yi denetleyin.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Project %1: %2</source>
        <translation>Proje %1: %2</translation>
    </message>
</context>
<context>
    <name>peaka::CredentialStore</name>
    <message>
        <location filename="../src/core/credentials/credentialresult.cpp" line="+60" />
        <source>No API key is stored in the keychain for this profile. Enter the key again to connect.</source>
        <translation>Bu profil için anahtar zincirinde kayıtlı API anahtarı yok. Bağlanmak için anahtarı yeniden girin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No keychain is available on this system (the Secret Service is not running). You can use the key for this session only.</source>
        <translation>Bu sistemde anahtar zinciri yok (Secret Service çalışmıyor). Anahtarı yalnızca bu oturum için kullanabilirsiniz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keychain refused access, or it is locked. Unlock your keychain and try again, or use the key for this session only.</source>
        <translation>Anahtar zinciri erişimi reddetti veya kilitli. Anahtar zincirinizin kilidini açıp yeniden deneyin ya da anahtarı yalnızca bu oturum için kullanın.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The API key could not be read from the keychain.</source>
        <translation>API anahtarı anahtar zincirinden okunamadı.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key could not be saved in the keychain.</source>
        <translation>API anahtarı anahtar zincirine kaydedilemedi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API key could not be removed from the keychain.</source>
        <translation>API anahtarı anahtar zincirinden kaldırılamadı.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 The keychain said: %2</source>
        <extracomment>%1 is the sentence above, %2 the keychain's own (untranslated) error text</extracomment>
        <translation>%1 Anahtar zincirinin iletisi: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/credentialstore.cpp" line="+39" />
        <source>The API key is empty or contains spaces. Paste the whole key.</source>
        <translation>API anahtarı boş veya boşluk içeriyor. Anahtarın tamamını yapıştırın.</translation>
    </message>
</context>
<context>
    <name>peaka::CsvOptions</name>
    <message>
        <location filename="../src/core/exports/csvoptions.cpp" line="+38" />
        <source>The CSV delimiter must be exactly one character.</source>
        <translation>CSV ayırıcısı tam olarak bir karakter olmalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter cannot be a line break.</source>
        <translation>CSV ayırıcısı satır sonu olamaz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV quote character must be exactly one character.</source>
        <translation>CSV tırnak karakteri tam olarak bir karakter olmalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV quote character cannot be a line break.</source>
        <translation>CSV tırnak karakteri satır sonu olamaz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter and quote character must differ.</source>
        <translation>CSV ayırıcısı ile tırnak karakteri farklı olmalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The text for NULL cannot contain a line break.</source>
        <translation>NULL metni satır sonu içeremez.</translation>
    </message>
</context>
<context>
    <name>peaka::CsvOptionsMemory</name>
    <message>
        <location filename="../src/core/exports/csvoptionsmemory.cpp" line="+75" />
        <source>Could not save the CSV options of the export (%1): %2.</source>
        <translation>Dışa aktarmanın CSV seçenekleri kaydedilemedi (%1): %2.</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadState</name>
    <message>
        <location filename="../src/core/downloads/downloadstate.cpp" line="+11" />
        <source>Queued</source>
        <translation>Sırada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downloading</source>
        <translation>İndiriliyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refreshing link</source>
        <translation>Bağlantı yenileniyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verifying</source>
        <translation>Doğrulanıyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decompressing</source>
        <translation>Sıkıştırma açılıyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadStore</name>
    <message>
        <location filename="../src/core/downloads/downloadstore.cpp" line="+35" />
        <source>Could not read the list of unfinished downloads (%1): %2.</source>
        <translation>Tamamlanmamış indirmelerin listesi (%1) okunamadı: %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The list of unfinished downloads (%1) is damaged; it was ignored.</source>
        <translation>Tamamlanmamış indirmelerin listesi (%1) bozuk; yok sayıldı.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Could not save the list of unfinished downloads (%1): %2.</source>
        <translation>Tamamlanmamış indirmelerin listesi (%1) kaydedilemedi: %2.</translation>
    </message>
</context>
<context>
    <name>peaka::DownloadTask</name>
    <message>
        <location filename="../src/core/downloads/downloadtask.cpp" line="+89" />
        <source>Could not create the download folder %1.</source>
        <translation>İndirme klasörü %1 oluşturulamadı.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file %1 would land outside the download folder %2; it was not downloaded.</source>
        <translation>%1 dosyası %2 indirme klasörünün dışına düşecekti; indirilmedi.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>No fresh download link can be fetched for %1.</source>
        <translation>%1 için yeni bir indirme bağlantısı alınamıyor.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The storage keeps refusing the download link for %1, even after fresh links were fetched. Check the computer's clock, then retry.</source>
        <translation>Depolama, yeni bağlantılar alındıktan sonra bile %1 için indirme bağlantısını reddetmeye devam ediyor. Bilgisayarın saatini denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Could not get a fresh download link for %1: %2</source>
        <translation>%1 için yeni bir indirme bağlantısı alınamadı: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The export has expired and its files were removed. Start a new export to get the data again.</source>
        <translation>Dışa aktarmanın süresi doldu ve dosyaları kaldırıldı. Verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the owner of an export can download it.</source>
        <translation>Bir dışa aktarmayı yalnızca sahibi indirebilir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export no longer lists this file.</source>
        <translation>Dışa aktarma artık bu dosyayı listelemiyor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot download %1. %2</source>
        <translation>%1 indirilemiyor. %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not write %1: %2. Check the folder's permissions and free space.</source>
        <translation>%1 yazılamadı: %2. Klasörün izinlerini ve boş alanı denetleyin.</translation>
    </message>
    <message>
        <location line="+80" />
        <location line="+53" />
        <source>Could not write %1: %2. Check the free disk space; the partial file was kept and the download can resume.</source>
        <translation>%1 yazılamadı: %2. Boş disk alanını denetleyin; yarım dosya saklandı ve indirme kaldığı yerden sürdürülebilir.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>the storage answered HTTP %1</source>
        <translation>depolama HTTP %1 ile yanıt verdi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The storage no longer has %1 (HTTP 404). The export may have expired; start a new export to get the data again.</source>
        <translation>Depolamada artık %1 yok (HTTP 404). Dışa aktarmanın süresi dolmuş olabilir; verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The storage refused to send %1 (HTTP %2%3).</source>
        <translation>Depolama %1 dosyasını göndermeyi reddetti (HTTP %2%3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the connection was lost</source>
        <translation>bağlantı koptu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no data arrived for %1 seconds</source>
        <translation>%1 saniyedir veri gelmedi</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Downloading %1 failed after %2 tries: %3. Check the network connection and retry; the partial file was kept.</source>
        <translation>%1 indirmesi %2 denemeden sonra başarısız oldu: %3. Ağ bağlantısını denetleyip yeniden deneyin; yarım dosya saklandı.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Retrying in %1 s (try %2 of %3): %4</source>
        <translation>%1 sn sonra yeniden denenecek (deneme %2/%3): %4</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is %2 bytes, but the export says it has %3 bytes: the file is incomplete or damaged. It was kept as %4; retry the download or start a new export.</source>
        <translation>%1 %2 bayt, ancak dışa aktarmaya göre %3 bayt olmalı: dosya eksik veya bozuk. %4 olarak saklandı; indirmeyi yineleyin veya yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not rename %1 to its final name: %2. The complete file was kept as %1.</source>
        <translation>%1 son adına yeniden adlandırılamadı: %2. Tam dosya %1 olarak saklandı.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Could not rename %1 to its final name: %2.</source>
        <translation>%1 son adına yeniden adlandırılamadı: %2.</translation>
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
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 sa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <location line="+13" />
        <source>just now</source>
        <comment>relative time</comment>
        <translation>az önce</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n dk önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n sa önce</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>yesterday</source>
        <comment>relative time</comment>
        <translation>dün</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n days ago</source>
        <comment>relative time</comment>
        <translation>
            <numerusform>%n gün önce</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Links expired just now; they are renewed when you use them.</source>
        <translation>Bağlantıların süresi az önce doldu; kullandığınızda yenilenirler.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Links expired %n min ago; they are renewed when you use them.</source>
        <translation>
            <numerusform>Bağlantıların süresi %n dk önce doldu; kullandığınızda yenilenirler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links expire in less than a minute</source>
        <translation>Bağlantıların süresi bir dakikadan kısa sürede doluyor</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Links expire in %n min</source>
        <translation>
            <numerusform>Bağlantıların süresi %n dk içinde doluyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Links expire in %n h</source>
        <translation>
            <numerusform>Bağlantıların süresi %n sa içinde doluyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>None</source>
        <comment>compression</comment>
        <translation>Yok</translation>
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
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>column header: the query or table exported</comment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>column header: file format (CSV, JSONL)</comment>
        <translation>Biçim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <comment>column header</comment>
        <translation>Sıkıştırma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>column header: number of rows exported</comment>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>column header: bytes exported</comment>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>column header: execution time</comment>
        <translation>Süre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>column header: submission time</comment>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <comment>column header: who started the export</comment>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>column header: the program that started the export</comment>
        <translation>İstemci</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export ID</source>
        <comment>column header</comment>
        <translation>Dışa aktarma kimliği</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Status "%1" is not known to this version of the app.</source>
        <translation>“%1” durumu uygulamanın bu sürümünce bilinmiyor.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 rows</source>
        <comment>tooltip: exact row count</comment>
        <translation>%1 satır</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 bytes</source>
        <comment>tooltip: exact size</comment>
        <translation>%1 bayt</translation>
    </message>
</context>
<context>
    <name>peaka::ExportOptions</name>
    <message>
        <location filename="../src/core/exports/exportoptions.cpp" line="+35" />
        <source>The format must be CSV or JSONL.</source>
        <translation>Biçim CSV veya JSONL olmalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The compression must be NONE or GZIP.</source>
        <translation>Sıkıştırma NONE veya GZIP olmalıdır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The row limit must be between 1 and 1,000,000.</source>
        <translation>Satır sınırı 1 ile 1.000.000 arasında olmalıdır.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A column name is empty.</source>
        <translation>Bir sütun adı boş.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportPager</name>
    <message>
        <location filename="../src/core/api/exportpager.cpp" line="+43" />
        <source>The connection was closed.</source>
        <translation>Bağlantı kapandı.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Page %1 of the export list gives no newer cursor to continue from; later pages were not read.</source>
        <translation>Dışa aktarma listesinin %1. sayfası devam etmek için daha yeni bir imleç vermiyor; sonraki sayfalar okunmadı.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportRequest</name>
    <message>
        <location filename="../src/core/api/exportrequests.cpp" line="+63" />
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Yanıt geçerli bir JSON değil (%2. baytta %1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The answer is not a JSON object.</source>
        <translation>Yanıt bir JSON nesnesi değil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The answer carries no export id.</source>
        <translation>Yanıtta dışa aktarma kimliği yok.</translation>
    </message>
</context>
<context>
    <name>peaka::ExportSourceRef</name>
    <message>
        <location filename="../src/core/exports/exportsourceref.cpp" line="+59" />
        <source>Enter the id of a saved query.</source>
        <translation>Kayıtlı bir sorgunun kimliğini girin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A query id has no spaces or slashes.</source>
        <translation>Sorgu kimliği boşluk veya eğik çizgi içermez.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the catalog id, the schema and the table.</source>
        <translation>Katalog kimliğini, şemayı ve tabloyu girin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A catalog id has no spaces or slashes.</source>
        <translation>Katalog kimliği boşluk veya eğik çizgi içermez.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schema and table names cannot contain slashes.</source>
        <translation>Şema ve tablo adları eğik çizgi içeremez.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>query %1</source>
        <translation>sorgu %1</translation>
    </message>
</context>
<context>
    <name>peaka::ExportStatus</name>
    <message>
        <location filename="../src/core/exports/exportstatus.cpp" line="+50" />
        <source>Pending</source>
        <comment>export status</comment>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running</source>
        <comment>export status</comment>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Succeeded</source>
        <comment>export status</comment>
        <translation>Başarılı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <comment>export status</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <comment>export status</comment>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expired</source>
        <comment>export status</comment>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown</source>
        <comment>export status</comment>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>peaka::ExportStatusFilter</name>
    <message>
        <location filename="../src/core/exports/exportstatusfilter.cpp" line="+24" />
        <source>Unknown export status "%1": use PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED or EXPIRED (comma-separated).</source>
        <translation>Bilinmeyen dışa aktarma durumu "%1": PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED veya EXPIRED kullanın (virgülle ayrılmış).</translation>
    </message>
</context>
<context>
    <name>peaka::ExportWaiter</name>
    <message>
        <location filename="../src/core/exports/exportwaiter.cpp" line="+58" />
        <source>The connection was closed.</source>
        <translation>Bağlantı kapandı.</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>Stopped waiting for export %1 after %n second(s); it is still %2.</source>
        <translation>
            <numerusform>%1 dışa aktarması %n saniye beklendi ve bekleme durduruldu; hâlâ %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
</context>
<context>
    <name>peaka::FileNames</name>
    <message>
        <location filename="../src/core/downloads/filenames.cpp" line="+173" />
        <source>the name leads outside the folder</source>
        <translation>ad klasörün dışına çıkıyor</translation>
    </message>
    <message>
        <location line="+16" />
        <source>too many files with this name</source>
        <translation>bu adda çok fazla dosya var</translation>
    </message>
</context>
<context>
    <name>peaka::Gunzip</name>
    <message>
        <location filename="../src/core/downloads/gunzip.cpp" line="+35" />
        <source>Could not open %1 to decompress it: %2.</source>
        <translation>Sıkıştırmayı açmak için %1 açılamadı: %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not create %1: %2.</source>
        <translation>%1 oluşturulamadı: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not a valid gzip file or is damaged; it was kept as downloaded.</source>
        <translation>%1 geçerli bir gzip dosyası değil veya bozuk; indirildiği gibi saklandı.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decompressor could not start (out of memory?).</source>
        <translation>Sıkıştırma açıcı başlatılamadı (bellek yetersiz mi?).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Decompression was cancelled.</source>
        <translation>Sıkıştırmayı açma iptal edildi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not read %1: %2.</source>
        <translation>%1 okunamadı: %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+14" />
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>%1 yazılamadı: %2. Boş disk alanını denetleyin.</translation>
    </message>
</context>
<context>
    <name>peaka::KeychainCredentialBackend</name>
    <message>
        <location filename="../src/core/credentials/keychaincredentialbackend.cpp" line="+109" />
        <source>no answer from the keychain within %1 s</source>
        <translation>anahtar zinciri %1 sn içinde yanıt vermedi</translation>
    </message>
</context>
<context>
    <name>peaka::LinkRefresher</name>
    <message>
        <location filename="../src/core/downloads/linkrefresher.cpp" line="+22" />
        <source>The profile of this download is no longer available.</source>
        <translation>Bu indirmenin profili artık yok.</translation>
    </message>
</context>
<context>
    <name>peaka::ListExportsRequest</name>
    <message>
        <location filename="../src/core/api/exportpage.cpp" line="+16" />
        <source>The export list is not valid JSON (%1 at byte %2).</source>
        <translation>Dışa aktarma listesi geçerli bir JSON değil (%2. baytta %1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The export list is not a JSON array.</source>
        <translation>Dışa aktarma listesi bir JSON dizisi değil.</translation>
    </message>
</context>
<context>
    <name>peaka::PeakaClient</name>
    <message>
        <location filename="../src/core/api/peakaclient.cpp" line="+95" />
        <source>No API base URL is set.</source>
        <translation>API temel URL'si ayarlanmamış.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A project, export, query or table id is empty.</source>
        <translation>Bir proje, dışa aktarma, sorgu veya tablo kimliği boş.</translation>
    </message>
</context>
<context>
    <name>peaka::PreviewReader</name>
    <message>
        <location filename="../src/core/preview/previewreader.cpp" line="+72" />
        <source>The data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 bir klasör, dosya değil.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist.</source>
        <translation>%1 yok.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be opened: %2.</source>
        <translation>%1 açılamadı: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is named .gz but is not gzip data; the file may be damaged.</source>
        <translation>%1 .gz adını taşıyor ama gzip verisi değil; dosya bozulmuş olabilir.</translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>The preview stops after %Ln rows to keep memory in check.</source>
        <translation>
            <numerusform>Önizleme, belleği korumak için %Ln satırdan sonra durur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 could not be read: %2.</source>
        <translation>%1 okunamadı: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 is not valid gzip data or is damaged; %Ln rows could be read before the damage.</source>
        <translation>
            <numerusform>%1 geçerli gzip verisi değil veya bozuk; bozulmadan önce %Ln satır okunabildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 ends early: the gzip data is cut off after %Ln rows. The download may be incomplete.</source>
        <translation>
            <numerusform>%1 erken bitiyor: gzip verisi %Ln satırdan sonra kesiliyor. İndirme eksik olabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 is not UTF-8 text: invalid bytes follow row %Ln.</source>
        <translation>
            <numerusform>%1 UTF-8 metin değil: %Ln. satırdan sonra geçersiz baytlar var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 ends inside a quoted value after %Ln rows; the file may be truncated.</source>
        <translation>
            <numerusform>%1, %Ln satırdan sonra tırnaklı bir değerin içinde bitiyor; dosya kesilmiş olabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 has a line that is not valid JSON after %Ln rows; the file may be damaged or truncated.</source>
        <translation>
            <numerusform>%1 dosyasında %Ln satırdan sonra geçerli JSON olmayan bir satır var; dosya bozulmuş veya kesilmiş olabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 has a line that is not a JSON object after %Ln rows; JSONL needs one object per line.</source>
        <translation>
            <numerusform>%1 dosyasında %Ln satırdan sonra JSON nesnesi olmayan bir satır var; JSONL her satırda bir nesne gerektirir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 could not be read.</source>
        <translation>%1 okunamadı.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Values longer than %1 KiB are cut (first in row %2).</source>
        <translation>%1 KiB'den uzun değerler kesilir (ilki %2. satırda).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows longer than %1 MiB are cut (first: row %2).</source>
        <translation>%1 MiB'den uzun satırlar kesilir (ilki: %2. satır).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lines longer than %1 MiB are left out (first after row %2).</source>
        <translation>%1 MiB'den uzun satırlar atlanır (ilki %2. satırdan sonra).</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Only the first %n columns are shown.</source>
        <translation>
            <numerusform>Yalnızca ilk %n sütun gösteriliyor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Some rows have fewer values than the header (first: row %1); the rest are empty.</source>
        <translation>Bazı satırlarda başlıktakinden az değer var (ilki: %1. satır); kalanlar boş.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Some rows have more values than the header (first: row %1); columns were added.</source>
        <translation>Bazı satırlarda başlıktakinden fazla değer var (ilki: %1. satır); sütunlar eklendi.</translation>
    </message>
</context>
<context>
    <name>peaka::PreviewResult</name>
    <message>
        <location filename="../src/core/preview/previewresult.cpp" line="+10" />
        <source>number</source>
        <comment>guessed type of a column</comment>
        <translation>sayı</translation>
    </message>
    <message>
        <location line="+2" />
        <source>boolean</source>
        <comment>guessed type of a column</comment>
        <translation>mantıksal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>date-time</source>
        <comment>guessed type of a column</comment>
        <translation>tarih-saat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>text</source>
        <comment>guessed type of a column</comment>
        <translation>metin</translation>
    </message>
</context>
<context>
    <name>peaka::Profile</name>
    <message>
        <location filename="../src/core/profiles/profile.cpp" line="+75" />
        <source>The profile has no id.</source>
        <translation>Profilin kimliği yok.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter a name for the profile.</source>
        <translation>Profil için bir ad girin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the base URL of the Peaka API, for example %1.</source>
        <translation>Peaka API'sinin temel URL'sini girin, örneğin %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The base URL "%1" is not a valid web address, for example %2.</source>
        <translation>“%1” temel URL'si geçerli bir web adresi değil; örnek: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must start with https:// so the API key travels encrypted (plain http:// is allowed only for this computer, e.g. localhost).</source>
        <translation>API anahtarının şifreli iletilmesi için temel URL https:// ile başlamalıdır (düz http:// yalnızca bu bilgisayar için kullanılabilir, ör. localhost).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must not contain a user name or password.</source>
        <translation>Temel URL kullanıcı adı veya parola içeremez.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation>Temel URL sorgu (?) veya parça (#) içeremez.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project id "%1" contains characters a project id cannot have.</source>
        <translation>“%1” proje kimliği, bir proje kimliğinde bulunamayacak karakterler içeriyor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter at least one project id.</source>
        <translation>En az bir proje kimliği girin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A project id is listed more than once.</source>
        <translation>Bir proje kimliği birden çok kez listelenmiş.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a download folder.</source>
        <translation>Bir indirme klasörü seçin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the public part of the API key (before the dot) may be kept in the profile.</source>
        <translation>Profilde API anahtarının yalnızca herkese açık kısmı (noktadan önceki) tutulabilir.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileChecks</name>
    <message numerus="yes">
        <location filename="../src/core/profiles/profilechecks.cpp" line="+19" />
        <source>A Project key works for one project only, but %n project ids are listed. Keep one, or choose “Partner key” if this key sees every project.</source>
        <translation>
            <numerusform>Proje anahtarı yalnızca bir projede çalışır, ancak %n proje kimliği listelenmiş. Birini bırakın ya da bu anahtar her projeyi görüyorsa “İş Ortağı anahtarı”nı seçin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>This key cannot list projects, so it is a Project key, not a Partner key. Choose “Project key (one project)” and keep only its own project id.</source>
        <translation>Bu anahtar projeleri listeleyemiyor; yani bir İş Ortağı anahtarı değil, Proje anahtarı. “Proje anahtarı (tek proje)” seçeneğini seçin ve yalnızca kendi proje kimliğini bırakın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This key can list every project, so it is a Partner key. Choose “Partner key (every project)” to pick projects by name.</source>
        <translation>Bu anahtar her projeyi listeleyebiliyor; yani bir İş Ortağı anahtarı. Projeleri adıyla seçmek için “İş Ortağı anahtarı (tüm projeler)” seçeneğini seçin.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileRemoval</name>
    <message>
        <location filename="../src/core/profiles/profileremoval.cpp" line="+22" />
        <source>The profile was kept because its key could not be removed from the keychain. %1</source>
        <translation>Anahtarı anahtar zincirinden kaldırılamadığı için profil korundu. %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The profile could not be removed from %1.</source>
        <translation>Profil %1 içinden kaldırılamadı.</translation>
    </message>
</context>
<context>
    <name>peaka::ProfileStore</name>
    <message>
        <location filename="../src/core/profiles/profilestore.cpp" line="+140" />
        <source>The profile id "%1" is not valid.</source>
        <translation>“%1” profil kimliği geçerli değil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A profile named "%1" already exists. Choose another name.</source>
        <translation>“%1” adlı bir profil zaten var. Başka bir ad seçin.</translation>
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
        <translation>Proje kimliği: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project id: %1
Workspace: %2</source>
        <translation>Proje kimliği: %1
Çalışma alanı: %2</translation>
    </message>
</context>
<context>
    <name>peaka::SourceName</name>
    <message>
        <location filename="../src/core/sources/sourcenames.cpp" line="+11" />
        <source>query %1</source>
        <comment>a saved query's id</comment>
        <translation>sorgu %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>catalog %1 · %2 · %3</source>
        <comment>catalog id · schema · table</comment>
        <translation>katalog %1 · %2 · %3</translation>
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
        <translation>Yanıt geçerli bir JSON değil (%2. baytta %1).</translation>
    </message>
</context>
<context>
    <name>peaka::SourceSession</name>
    <message>
        <location filename="../src/core/sources/sourcesession.cpp" line="+90" />
        <source>No API base URL is set.</source>
        <translation>API temel URL'si ayarlanmamış.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A project, catalog, schema or table name is empty.</source>
        <translation>Bir proje, katalog, şema veya tablo adı boş.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The answer is not a JSON array.</source>
        <translation>Yanıt bir JSON dizisi değil.</translation>
    </message>
    <message>
        <location line="+98" />
        <location line="+56" />
        <source>The answer is not a JSON object.</source>
        <translation>Yanıt bir JSON nesnesi değil.</translation>
    </message>
</context>
<context>
    <name>peaka::StorageTransfer</name>
    <message>
        <location filename="../src/core/downloads/storagetransfer.cpp" line="+106" />
        <source>the storage sent bytes from %1 instead of %2</source>
        <comment>HTTP 206 with the wrong range</comment>
        <translation>depolama baytları %2 yerine %1 konumundan gönderdi</translation>
    </message>
    <message>
        <location line="+103" />
        <source>the download ended after %1 of %2 bytes</source>
        <translation>indirme %2 baytın %1 baytında sona erdi</translation>
    </message>
</context>
<context>
    <name>peaka::cli::CliContext</name>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="+65" />
        <source>The API key in $PEAKA_API_KEY was rejected (HTTP 401). Set PEAKA_API_KEY to a valid key, or unset it and pass --profile NAME to use a saved profile's key.</source>
        <translation>$PEAKA_API_KEY içindeki API anahtarı reddedildi (HTTP 401). PEAKA_API_KEY değişkenine geçerli bir anahtar verin ya da değişkeni kaldırıp kayıtlı bir profilin anahtarını kullanmak için --profile AD verin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The API key of profile “%1” was rejected (HTTP 401). Store a valid key: in the app (Connection ▸ Manage Connections…), or with “peaka-exports-cli profiles remove %1” and “profiles add %1 … --key-stdin”; or set PEAKA_API_KEY for this shell.</source>
        <translation>“%1” profilinin API anahtarı reddedildi (HTTP 401). Geçerli bir anahtar kaydedin: uygulamada (Bağlantı ▸ Bağlantıları yönet…) ya da “peaka-exports-cli profiles remove %1” ve “profiles add %1 … --key-stdin” ile; veya bu kabuk için PEAKA_API_KEY ayarlayın.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server said: “%1”</source>
        <translation>Sunucunun yanıtı: “%1”</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No project: pass --project ID or set PEAKA_PROJECT.</source>
        <translation>Proje yok: --project ID verin veya PEAKA_PROJECT ayarlayın.</translation>
    </message>
    <message>
        <location filename="../src/cli/connectionsetup.cpp" line="+27" />
        <source>--timeout needs a number of seconds greater than 0.</source>
        <translation>--timeout 0'dan büyük bir saniye sayısı bekler.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../src/cli/profilescommand.cpp" line="+239" />
        <source>No profile named “%1”. See: peaka-exports-cli profiles list</source>
        <translation>“%1” adlı profil yok. Bakınız: peaka-exports-cli profiles list</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Give either --region or --base-url, not both.</source>
        <translation>--region veya --base-url seçeneklerinden yalnızca birini verin.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown region “%1”: use us or eu, or --base-url URL for another deployment.</source>
        <translation>Bilinmeyen bölge “%1”: us veya eu kullanın ya da başka bir kurulum için --base-url URL verin.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No API key: set PEAKA_API_KEY or pass --profile NAME.</source>
        <translation>API anahtarı yok: PEAKA_API_KEY ayarlayın veya --profile NAME verin.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No API key is stored for profile “%1”. Add the profile again or set PEAKA_API_KEY.</source>
        <translation>“%1” profili için kayıtlı API anahtarı yok. Profili yeniden ekleyin veya PEAKA_API_KEY ayarlayın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not read the key of profile “%1”: %2 You can set PEAKA_API_KEY instead.</source>
        <translation>“%1” profilinin anahtarı okunamadı: %2 Bunun yerine PEAKA_API_KEY ayarlayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/cli/createcommand.cpp" line="+19" />
        <source>Usage: peaka-exports-cli create query QUERY | create table CATALOG SCHEMA TABLE [options] (QUERY: id, SQL name or display name; CATALOG: id or name)</source>
        <translation>Kullanım: peaka-exports-cli create query QUERY | create table CATALOG SCHEMA TABLE [seçenekler] (QUERY: kimlik, SQL adı veya görünen ad; CATALOG: kimlik veya ad)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>--format must be CSV or JSONL.</source>
        <translation>--format CSV veya JSONL olmalıdır.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--compression must be NONE or GZIP.</source>
        <translation>--compression NONE veya GZIP olmalıdır.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--limit must be a whole number from 1 to 1000000.</source>
        <translation>--limit 1 ile 1000000 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--columns has an empty column name; separate names with single commas.</source>
        <translation>--columns boş bir sütun adı içeriyor; adları tek virgülle ayırın.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--columns names a column twice.</source>
        <translation>--columns bir sütunu iki kez içeriyor.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The --csv-… options apply to CSV only, not to --format JSONL.</source>
        <translation>--csv-… seçenekleri yalnızca CSV için geçerlidir, --format JSONL için değil.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The server accepted the export but sent no id.</source>
        <translation>Sunucu dışa aktarmayı kabul etti ancak kimlik göndermedi.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Start an export and print its id (--json: the row). --wait follows it to the end (exit 2 if it fails); --download DIR also fetches its files (implies --wait).</source>
        <translation>Bir dışa aktarma başlat ve kimliğini yazdır (--json: satırın tamamı). --wait sonuna kadar izler (başarısız olursa çıkış kodu 2); --download DIR dosyalarını da indirir (--wait içerir).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CSV (default) or JSONL.</source>
        <translation>CSV (varsayılan) veya JSONL.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NONE (default) or GZIP.</source>
        <translation>NONE (varsayılan) veya GZIP.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row limit, 1 to 1000000 (the server clamps).</source>
        <translation>Satır sınırı, 1 ile 1000000 arası (sunucu sınırlar).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma-separated columns to export (default: all).</source>
        <translation>Dışa aktarılacak sütunlar, virgülle ayrılmış (varsayılan: tümü).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave out Peaka system columns (_id, _version, …).</source>
        <translation>Peaka sistem sütunlarını dışarıda bırak (_id, _version, …).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV field delimiter, one character (default ,; \t for a tab).</source>
        <translation>CSV alan ayırıcısı, tek karakter (varsayılan ,; sekme için \t).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV quote character, one character (default ").</source>
        <translation>CSV tırnak karakteri, tek karakter (varsayılan ").</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End CSV records with CRLF instead of LF.</source>
        <translation>CSV kayıtlarını LF yerine CRLF ile bitir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave out the CSV header row.</source>
        <translation>CSV başlık satırını yazma.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write NULL as TEXT (default: an empty field).</source>
        <translation>NULL değerini TEXT olarak yaz (varsayılan: boş alan).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until the export has ended.</source>
        <translation>Dışa aktarma bitene kadar bekle.</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommand.cpp" line="+50" />
        <source>ETA %1:%2</source>
        <comment>download progress: minutes:seconds left</comment>
        <translation>kalan %1:%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Resuming %1 at byte %2.</source>
        <translation>%1, %2. bayttan sürdürülüyor.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The files of export %1 were removed by the retention policy. Start a new export to get the data again.</source>
        <translation>%1 dışa aktarmasının dosyaları saklama ilkesi gereği kaldırıldı. Verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the user who started export %1 can download it.</source>
        <translation>%1 dışa aktarmasını yalnızca onu başlatan kullanıcı indirebilir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 has no files to download (status %2).</source>
        <translation>%1 dışa aktarmasında indirilecek dosya yok (durum %2).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export %1 has no file named “%2”. Its files: %3.</source>
        <translation>%1 dışa aktarmasında “%2” adlı dosya yok. Dosyaları: %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Usage: peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress]</source>
        <translation>Kullanım: peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download the files of an export (resumable, verified); prints the saved paths.</source>
        <translation>Bir dışa aktarmanın dosyalarını indir (sürdürülebilir, doğrulanmış); kaydedilen yolları yazdırır.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder to save into (default: the current folder).</source>
        <translation>Kaydedilecek klasör (varsayılan: geçerli klasör).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download only the file with this name.</source>
        <translation>Yalnızca bu adlı dosyayı indir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gunzip .gz files after download.</source>
        <translation>İndirdikten sonra .gz dosyalarını aç (gunzip).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --decompress: keep the .gz too.</source>
        <translation>--decompress ile: .gz dosyasını da sakla.</translation>
    </message>
    <message>
        <location filename="../src/cli/followjob.cpp" line="+38" />
        <source>Export %1 failed; the server gave no reason.</source>
        <translation>%1 dışa aktarması başarısız oldu; sunucu bir neden belirtmedi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 failed: %2</source>
        <translation>%1 dışa aktarması başarısız oldu: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 was cancelled before it finished; it has no files.</source>
        <translation>%1 dışa aktarması bitmeden iptal edildi; dosyası yok.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export %1 has expired: its files were removed. Exports are never regenerated; start a new export to get the data again.</source>
        <translation>%1 dışa aktarmasının süresi doldu: dosyaları kaldırıldı. Dışa aktarmalar asla yeniden oluşturulmaz; verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Export %1 succeeded, but only the user who started it may download it.</source>
        <translation>%1 dışa aktarması başarılı oldu, ancak onu yalnızca başlatan kullanıcı indirebilir.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export %1 succeeded, but the server listed no files to download.</source>
        <translation>%1 dışa aktarması başarılı oldu, ancak sunucu indirilecek dosya listelemedi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot create the download folder %1.</source>
        <translation>İndirme klasörü %1 oluşturulamıyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Downloading %n file(s) into %1…</source>
        <translation>
            <numerusform>%n dosya %1 içine indiriliyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not download %1: %2</source>
        <translation>%1 indirilemedi: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stop waiting after SEC seconds (exit 3); default: no limit. --timeout is the network timeout of each request.</source>
        <translation>SEC saniye sonra beklemeyi bırak (çıkış kodu 3); varsayılan: sınırsız. --timeout her isteğin ağ zaman aşımıdır.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seconds between status checks while waiting (default 2).</source>
        <translation>Beklerken durum denetimleri arasındaki saniye (varsayılan 2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the export has succeeded, download all its files into DIR.</source>
        <translation>Dışa aktarma başarılı olunca tüm dosyalarını DIR içine indir.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--wait-timeout must be a number of seconds greater than 0.</source>
        <translation>--wait-timeout 0'dan büyük bir saniye sayısı olmalıdır.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--poll-interval must be a number of seconds, at least 0.05.</source>
        <translation>--poll-interval en az 0.05 olan bir saniye sayısı olmalıdır.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--download needs a folder; %1 is not one.</source>
        <translation>--download bir klasör bekler; %1 bir klasör değil.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export %1: %2</source>
        <translation>Dışa aktarma %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Run “peaka-exports-cli wait %1” to keep waiting.</source>
        <translation>Beklemeye devam etmek için “peaka-exports-cli wait %1” komutunu çalıştırın.</translation>
    </message>
    <message>
        <location filename="../src/cli/listcommand.cpp" line="+33" />
        <source>ID</source>
        <comment>list table header: export id</comment>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STATUS</source>
        <comment>list table header: export status</comment>
        <translation>DURUM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE</source>
        <comment>list table header: the query or table exported</comment>
        <translation>KAYNAK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FORMAT</source>
        <comment>list table header: file format</comment>
        <translation>BİÇİM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ROWS</source>
        <comment>list table header: rows exported</comment>
        <translation>SATIR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SIZE</source>
        <comment>list table header: bytes exported</comment>
        <translation>BOYUT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CREATED</source>
        <comment>list table header: submission time</comment>
        <translation>OLUŞTURULMA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>USER</source>
        <comment>list table header: who started the export</comment>
        <translation>KULLANICI</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Only %n exports could be listed; the rest could not be read: %1</source>
        <translation>
            <numerusform>Yalnızca %n dışa aktarma listelenebildi; geri kalanı okunamadı: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>List every export of the project (all pages), newest first.</source>
        <translation>Projenin tüm dışa aktarmalarını listele (tüm sayfalar), en yeniler önce.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only these statuses (comma-separated): PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED.</source>
        <translation>Yalnızca bu durumlar (virgülle ayrılmış): PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only exports started with this API key.</source>
        <translation>Yalnızca bu API anahtarıyla başlatılan dışa aktarmalar.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+21" />
        <source>API base URL (default: the profile's, else $PEAKA_BASE_URL, else %1).</source>
        <translation>API temel URL'si (varsayılan: profilinki, yoksa $PEAKA_BASE_URL, yoksa %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Peaka zone: us (%1) or eu (%2); a shorthand for --base-url.</source>
        <translation>Peaka bölgesi: us (%1) veya eu (%2); --base-url için kısaltma.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project id (default: the profile's first, else $PEAKA_PROJECT).</source>
        <translation>Proje kimliği (varsayılan: profilin ilki, yoksa $PEAKA_PROJECT).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use this saved connection profile (key from the OS keychain).</source>
        <translation>Bu kayıtlı bağlantı profilini kullan (anahtar, işletim sisteminin anahtar zincirinden).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON with the API's field names.</source>
        <translation>API'nin alan adlarıyla JSON yazdır.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log requests to stderr (never keys or link signatures).</source>
        <translation>İstekleri stderr'e günlükle (anahtarları veya bağlantı imzalarını asla).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Network timeout in seconds (default 30).</source>
        <translation>Saniye cinsinden ağ zaman aşımı (varsayılan 30).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the language CODE (e.g. de, tr).</source>
        <translation>CODE dilini kullan (ör. de, tr).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accepted for symmetry with the app: the CLI never uses cached lists; every list is read from the server.</source>
        <translation>Uygulamayla tutarlılık için kabul edilir: CLI önbellekteki listeleri hiç kullanmaz; her liste sunucudan okunur.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The API key comes from $PEAKA_API_KEY or from a profile in the OS keychain; it is never accepted as an argument.
Exit codes: 0 ok, 1 usage, 2 API error, 3 network/timeout/TLS, 4 unauthorized/forbidden, 5 not found, 6 integrity.
</source>
        <translation>API anahtarı $PEAKA_API_KEY değişkeninden veya işletim sisteminin anahtar zincirindeki bir profilden alınır; asla argüman olarak kabul edilmez.
Çıkış kodları: 0 tamam, 1 kullanım, 2 API hatası, 3 ağ/zaman aşımı/TLS, 4 yetkisiz/yasak, 5 bulunamadı, 6 bütünlük.
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Browse, download and create Peaka data exports.</source>
        <translation>Peaka veri dışa aktarmalarına göz atın, indirin ve oluşturun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The command to run.</source>
        <translation>Çalıştırılacak komut.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Try --help.</source>
        <translation>--help seçeneğini deneyin.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown command “%1”. Try --help.</source>
        <translation>Bilinmeyen komut “%1”. --help seçeneğini deneyin.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="-184" />
        <source>Paste the API key and press Enter (it is not shown): </source>
        <translation>API anahtarını yapıştırıp Enter tuşuna basın (gösterilmez): </translation>
    </message>
    <message>
        <location line="+68" />
        <source>No profiles yet. Add one with: peaka-exports-cli profiles add NAME --project ID --key-stdin</source>
        <translation>Henüz profil yok. Şununla ekleyin: peaka-exports-cli profiles add NAME --project ID --key-stdin</translation>
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
        <translation>AD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BASE URL</source>
        <comment>profiles table header</comment>
        <translation>TEMEL URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIND</source>
        <comment>profiles table header: partner or project key</comment>
        <translation>TÜR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PROJECTS</source>
        <comment>profiles table header: project ids</comment>
        <translation>PROJELER</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KEY</source>
        <comment>profiles table header: masked API key</comment>
        <translation>ANAHTAR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PROJECT NAMES</source>
        <comment>profiles table header: project names with their ids</comment>
        <translation>PROJE ADLARI</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Usage: profiles add NAME --project ID [--project ID2 ...] [--base-url URL] [--kind partner|project] [--download-folder DIR] --key-stdin</source>
        <translation>Kullanım: profiles add NAME --project ID [--project ID2 ...] [--base-url URL] [--kind partner|project] [--download-folder DIR] --key-stdin</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pass --key-stdin and give the API key on standard input, e.g. printenv PEAKA_API_KEY | peaka-exports-cli profiles add ...</source>
        <translation>--key-stdin verin ve API anahtarını standart girdiden sağlayın, ör. printenv PEAKA_API_KEY | peaka-exports-cli profiles add ...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--kind must be “partner” or “project”.</source>
        <translation>--kind “partner” veya “project” olmalıdır.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No API key on standard input.</source>
        <translation>Standart girdide API anahtarı yok.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The API key on standard input contains spaces or control characters. Give exactly the key.</source>
        <translation>Standart girdideki API anahtarı boşluk veya denetim karakterleri içeriyor. Yalnızca anahtarı verin.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The profile was not saved: %1</source>
        <translation>Profil kaydedilmedi: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The profile could not be saved to %1.</source>
        <translation>Profil %1 içine kaydedilemedi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Saved profile “%1”; its key %2 is in the keychain.</source>
        <translation>“%1” profili kaydedildi; %2 anahtarı anahtar zincirinde.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Usage: profiles remove NAME</source>
        <translation>Kullanım: profiles remove NAME</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Removed profile “%1” and its key.</source>
        <translation>“%1” profili ve anahtarı kaldırıldı.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The API key is never accepted as an argument: it would stay in your shell history and the process list. Use --key-stdin.</source>
        <translation>API anahtarı asla argüman olarak kabul edilmez: kabuk geçmişinizde ve işlem listesinde kalırdı. --key-stdin kullanın.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: profiles list | profiles add NAME ... --key-stdin | profiles remove NAME</source>
        <translation>Kullanım: profiles list | profiles add NAME ... --key-stdin | profiles remove NAME</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saved connection profiles; keys live in the OS keychain.</source>
        <translation>Kayıtlı bağlantı profilleri; anahtarlar işletim sisteminin anahtar zincirinde durur.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key kind: partner or project (default project).</source>
        <translation>Anahtar türü: partner veya project (varsayılan: project).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Default download folder.</source>
        <translation>Varsayılan indirme klasörü.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the API key from standard input.</source>
        <translation>API anahtarını standart girdiden oku.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused: use --key-stdin.</source>
        <translation>Reddedildi: --key-stdin kullanın.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+18" />
        <source>Not downloadable: only the user who started an export can download it.</source>
        <translation>İndirilemez: bir dışa aktarmayı yalnızca onu başlatan kullanıcı indirebilir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server listed no files for this export.</source>
        <translation>Sunucu bu dışa aktarma için dosya listelemedi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files were removed by the retention policy. Exports are never regenerated: start a new export to get the data again.</source>
        <translation>Dosyalar saklama ilkesi gereği kaldırıldı. Dışa aktarmalar asla yeniden oluşturulmaz: verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export was cancelled before it finished; it has no files.</source>
        <translation>Dışa aktarma bitmeden iptal edildi; dosyası yok.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The export is still in progress; its files appear when it has succeeded.</source>
        <translation>Dışa aktarma hâlâ sürüyor; dosyaları başarıyla tamamlandığında görünür.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export failed; it has no files.</source>
        <translation>Dışa aktarma başarısız oldu; dosyası yok.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server reports a status this version does not know.</source>
        <translation>Sunucu, bu sürümün bilmediği bir durum bildiriyor.</translation>
    </message>
    <message>
        <location filename="../src/cli/projectscommand.cpp" line="+19" />
        <source>Usage: peaka-exports-cli projects</source>
        <translation>Kullanım: peaka-exports-cli projects</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Listing projects needs a Partner API key; this key was refused (%1). A Project API key reaches only its own project: pass its id with --project.</source>
        <translation>Projeleri listelemek için bir İş Ortağı API anahtarı gerekir; bu anahtar reddedildi (%1). Bir Proje API anahtarı yalnızca kendi projesine erişir: kimliğini --project ile verin.</translation>
    </message>
    <message>
        <location line="-6" />
        <location filename="../src/cli/showcommand.cpp" line="+9" />
        <location filename="../src/cli/sourcecommands.cpp" line="+64" />
        <location line="+16" />
        <location filename="../src/cli/sourcelookup.cpp" line="+77" />
        <location line="+35" />
        <source>ID</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PROJECT</source>
        <translation>PROJE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>WORKSPACE</source>
        <translation>ÇALIŞMA ALANI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ORGANIZATION</source>
        <translation>KURULUŞ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>List every project (organization, workspace, name, id); needs a Partner API key.</source>
        <translation>Tüm projeleri listele (kuruluş, çalışma alanı, ad, kimlik); bir İş Ortağı API anahtarı gerekir.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+1" />
        <source>Status</source>
        <comment>field of an export: its status</comment>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <comment>field of an export: the query or table exported</comment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <comment>field of an export: file format</comment>
        <translation>Biçim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compression</source>
        <comment>field of an export</comment>
        <translation>Sıkıştırma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <comment>field of an export: rows exported</comment>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>field of an export: bytes exported</comment>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <comment>field of an export: execution time</comment>
        <translation>Süre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <comment>field of an export: submission time</comment>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <comment>field of an export: who started it</comment>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key prefix</source>
        <translation>Anahtar öneki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client</source>
        <comment>field of an export: the program that started it</comment>
        <translation>İstemci</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Query ID</source>
        <translation>Sorgu kimliği</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Table</source>
        <comment>field of an export: catalog.schema.table</comment>
        <translation>Tablo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error</source>
        <comment>field of an export: its error message</comment>
        <translation>Hata</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Downloadable</source>
        <translation>İndirilebilir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <comment>Downloadable: yes</comment>
        <translation>evet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <comment>Downloadable: no</comment>
        <translation>hayır</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links expire</source>
        <comment>field of an export: when its download links expire</comment>
        <translation>Bağlantıların süresi doluyor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1 min</source>
        <translation>%1 dk içinde</translation>
    </message>
    <message>
        <location line="+0" />
        <source>expired</source>
        <translation>süresi doldu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Files:</source>
        <translation>Dosyalar:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: peaka-exports-cli show EXPORT_ID</source>
        <translation>Kullanım: peaka-exports-cli show EXPORT_ID</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Show every field of one export, with its download links.</source>
        <translation>Bir dışa aktarmanın tüm alanlarını indirme bağlantılarıyla birlikte göster.</translation>
    </message>
    <message>
        <location filename="../src/cli/textformat.cpp" line="+51" />
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <location filename="../src/cli/waitcommand.cpp" line="+13" />
        <source>Usage: peaka-exports-cli wait EXPORT_ID [--wait-timeout SEC] [--download DIR]</source>
        <translation>Kullanım: peaka-exports-cli wait EXPORT_ID [--wait-timeout SEC] [--download DIR]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Wait until an export has ended and print its status (--json: the row). Exit 0 when it succeeded, 2 when it failed, was cancelled or expired, 3 when --wait-timeout ran out.</source>
        <translation>Bir dışa aktarma bitene kadar bekle ve durumunu yazdır (--json: satırın tamamı). Başarılı olursa çıkış kodu 0; başarısız olur, iptal edilir veya süresi dolarsa 2; --wait-timeout dolarsa 3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cancelcommand.cpp" line="+22" />
        <source>Cancellation of export %1 accepted (it was %2).</source>
        <translation>%1 dışa aktarmasının iptali kabul edildi (durumu %2 idi).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export %1 had already finished (%2); there was nothing to cancel.</source>
        <translation>%1 dışa aktarması zaten bitmişti (%2); iptal edilecek bir şey yoktu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Usage: peaka-exports-cli cancel EXPORT_ID</source>
        <translation>Kullanım: peaka-exports-cli cancel EXPORT_ID</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancel a PENDING or RUNNING export (exit 0 also when it had already finished).</source>
        <translation>PENDING veya RUNNING durumundaki bir dışa aktarmayı iptal et (zaten bitmişse de çıkış kodu 0).</translation>
    </message>
    <message>
        <location filename="../src/cli/previewcommand.cpp" line="+76" />
        <source>--rows needs a whole number of 0 or more, not “%1”.</source>
        <translation>--rows 0 veya daha büyük bir tam sayı ister, “%1” değil.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--delimiter needs one ASCII character (or “tab”), not “%1”.</source>
        <translation>--delimiter tek bir ASCII karakter (veya “tab”) ister, “%1” değil.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]</source>
        <translation>Kullanım: peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is empty.</source>
        <translation>%1 boş.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The first %n rows are shown; the file has more (--rows N shows more).</source>
        <translation>
            <numerusform>İlk %n satır gösteriliyor; dosyada daha fazlası var (--rows N daha fazlasını gösterir).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Show the first rows of a downloaded CSV or JSONL file, plain or .gz.</source>
        <translation>İndirilmiş bir CSV veya JSONL dosyasının (düz veya .gz) ilk satırlarını göster.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many rows to show (default %1).</source>
        <translation>Gösterilecek satır sayısı (varsayılan %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV delimiter (default: guessed among , ; tab |).</source>
        <translation>CSV ayırıcısı (varsayılan: , ; sekme | arasından tahmin edilir).</translation>
    </message>
    <message>
        <location filename="../src/cli/sourcecommands.cpp" line="-57" />
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Usage: peaka-exports-cli queries</source>
        <translation>Kullanım: peaka-exports-cli queries</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+17" />
        <location filename="../src/cli/sourcelookup.cpp" line="-35" />
        <location line="+36" />
        <source>DISPLAY NAME</source>
        <translation>GÖRÜNEN AD</translation>
    </message>
    <message>
        <location line="-17" />
        <location filename="../src/cli/sourcelookup.cpp" line="-36" />
        <source>SQL NAME</source>
        <translation>SQL ADI</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/cli/sourcelookup.cpp" line="+1" />
        <source>FOLDER</source>
        <translation>KLASÖR</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+15" />
        <location line="+40" />
        <location filename="../src/cli/sourcelookup.cpp" line="+0" />
        <location line="+34" />
        <source>TYPE</source>
        <translation>TÜR</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+40" />
        <location filename="../src/cli/sourcelookup.cpp" line="+0" />
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Usage: peaka-exports-cli tables [CATALOG [SCHEMA]]</source>
        <translation>Kullanım: peaka-exports-cli tables [CATALOG [SCHEMA]]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SCHEMA</source>
        <translation>ŞEMA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CATALOG</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TABLE</source>
        <translation>TABLO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DYNAMIC</source>
        <translation>DİNAMİK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CACHED</source>
        <translation>ÖNBELLEKTE</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: peaka-exports-cli columns CATALOG SCHEMA TABLE</source>
        <translation>Kullanım: peaka-exports-cli columns CATALOG SCHEMA TABLE</translation>
    </message>
    <message>
        <location line="+6" />
        <source>NOTE</source>
        <translation>NOT</translation>
    </message>
    <message>
        <location line="+3" />
        <source>query parameter of a dynamic table; never exported</source>
        <translation>dinamik bir tablonun sorgu parametresi; hiçbir zaman dışa aktarılmaz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cache column; never exported</source>
        <translation>önbellek sütunu; hiçbir zaman dışa aktarılmaz</translation>
    </message>
    <message>
        <location line="+13" />
        <source>List the project's saved queries (id, display name, SQL name, folder, type).</source>
        <translation>Projenin kayıtlı sorgularını listele (kimlik, görünen ad, SQL adı, klasör, tür).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List the catalogs; the schemas of one catalog; the tables of one schema. CATALOG is an id or a name.</source>
        <translation>Katalogları; bir kataloğun şemalarını; bir şemanın tablolarını listele. CATALOG bir kimlik veya addır.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>List a table's columns with their SQL types (names for create --columns).</source>
        <translation>Bir tablonun sütunlarını SQL türleriyle listele (create --columns için adlar).</translation>
    </message>
    <message>
        <location filename="../src/cli/sourcelookup.cpp" line="-48" />
        <source>No saved query in project %1 has the id, SQL name or display name “%2”. See: peaka-exports-cli queries</source>
        <translation>%1 projesinde kimliği, SQL adı veya görünen adı “%2” olan kayıtlı sorgu yok. Bakın: peaka-exports-cli queries</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>“%1” names %n saved queries; give the id or the SQL name of one:</source>
        <translation>
            <numerusform>“%1” %n kayıtlı sorguyu adlandırıyor; birinin kimliğini veya SQL adını verin:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>No catalog in project %1 has the id or name “%2”. See: peaka-exports-cli tables</source>
        <translation>%1 projesinde kimliği veya adı “%2” olan katalog yok. Bakın: peaka-exports-cli tables</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>“%1” names %n catalogs; give the id of one:</source>
        <translation>
            <numerusform>“%1” %n kataloğu adlandırıyor; birinin kimliğini verin:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::demo::DemoServer</name>
    <message>
        <location filename="../src/demoserver/demoserver.cpp" line="+144" />
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>127.0.0.1 üzerinde dinlenemedi: %1</translation>
    </message>
</context>
<context>
    <name>peaka::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/aboutbox.cpp" line="+12" />
        <source>&lt;h3&gt;Peaka Exports %1&lt;/h3&gt;&lt;p&gt;Browse, follow and download the data exports of your Peaka projects.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</source>
        <comment>about box: %1 app version, %2/%3 Qt versions, %4/%5 links</comment>
        <translation>&lt;h3&gt;Peaka Exports %1&lt;/h3&gt;&lt;p&gt;Peaka projelerinizin veri dışa aktarmalarına göz atın, onları izleyin ve indirin.&lt;/p&gt;&lt;p&gt;Qt %2 ile derlendi, Qt %3 üzerinde çalışıyor.&lt;/p&gt;&lt;p&gt;Lisans: GNU Genel Kamu Lisansı, sürüm 3 veya üstü (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Peaka website</source>
        <translation>Peaka web sitesi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peaka documentation</source>
        <translation>Peaka belgeleri</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About Peaka Exports</source>
        <translation>Peaka Exports hakkında</translation>
    </message>
</context>
<context>
    <name>peaka::gui::AskOnce</name>
    <message>
        <location filename="../src/gui/askonce.cpp" line="+23" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove connection</source>
        <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the connection “%1” and its API key from the keychain?</source>
        <translation>“%1” bağlantısı ve API anahtarı anahtar zincirinden kaldırılsın mı?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exports and downloaded files are not affected.</source>
        <translation>Dışa aktarmalar ve indirilen dosyalar etkilenmez.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>peaka::gui::CancelExportAction</name>
    <message>
        <location filename="../src/gui/cancelexportaction.cpp" line="+18" />
        <source>&amp;Cancel Export…</source>
        <comment>stop a pending or running export</comment>
        <translation>Dışa aktarmayı &amp;iptal et…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stop the selected pending or running export (Delete)</source>
        <translation>Seçili bekleyen veya çalışan dışa aktarmayı durdur (Delete)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Cancel Export</source>
        <translation>Dışa aktarmayı iptal et</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Cancel the export of %1?</source>
        <translation>%1 dışa aktarması iptal edilsin mi?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 is %2. The server stops it and removes what it has written so far; to get the data later, start a new export.</source>
        <translation>%1 dışa aktarması %2 durumunda. Sunucu onu durdurur ve şimdiye kadar yazdıklarını siler; veriyi daha sonra almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The export was not cancelled: its connection is closed.</source>
        <translation>Dışa aktarma iptal edilmedi: bağlantısı kapalı.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The export was not cancelled: %1</source>
        <translation>Dışa aktarma iptal edilmedi: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancellation of the export accepted.</source>
        <translation>Dışa aktarmanın iptali kabul edildi.</translation>
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
Ad: %2
Tür: %3
Kimlik: %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A dynamic table: reading it needs query parameters (its _q_ columns).</source>
        <translation>Dinamik bir tablo: okumak için sorgu parametreleri (_q_ sütunları) gerekir.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>dynamic</source>
        <extracomment>Marks a table that needs query parameters to be read</extracomment>
        <translation>dinamik</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <comment>catalog type or table kind</comment>
        <translation>Tür</translation>
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
        <translation>Bu indirmenin bağlantısı artık kullanılamıyor. İndirmeyi sürdürmek için bağlantıyı yeniden ekleyin.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ConnectionTestPanel</name>
    <message>
        <location filename="../src/gui/connectiontestpanel.cpp" line="+18" />
        <source>&amp;Test connection</source>
        <translation>Bağlantıyı &amp;test et</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connection test status</source>
        <translation>Bağlantı testinin durumu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Connection test results per project</source>
        <translation>Proje başına bağlantı testi sonuçları</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Testing %n project(s)…</source>
        <translation>
            <numerusform>%n proje test ediliyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Works: %1</source>
        <translation>Çalışıyor: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem: %1</source>
        <translation>Sorun: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Every project answered.</source>
        <translation>Tüm projeler yanıt verdi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s) could not be listed.</source>
        <translation>
            <numerusform>%n proje listelenemedi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::CsvOptionsBox</name>
    <message>
        <location filename="../src/gui/csvoptionsbox.cpp" line="+48" />
        <source>CSV options</source>
        <translation>CSV seçenekleri</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Write a header row with the column names</source>
        <translation>Sütun adlarıyla başlık satırı ya&amp;z</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CSV delimiter</source>
        <translation>CSV ayırıcısı</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, (comma)</source>
        <translation>, (virgül)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; (semicolon)</source>
        <translation>; (noktalı virgül)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <comment>the tab character as CSV delimiter</comment>
        <translation>Sekme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>| (pipe)</source>
        <translation>| (dikey çizgi)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or type any single character; \t also means Tab.</source>
        <translation>Birini seçin ya da herhangi tek bir karakter yazın; \t da Sekme anlamına gelir.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSV quote character</source>
        <translation>CSV tırnak karakteri</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Line endings</source>
        <translation>Satır sonları</translation>
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
        <translation>NULL için yazılan metin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty field</source>
        <translation>Boş alan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a header row</source>
        <translation>Başlık satırı yaz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not started from this app: the server does not return its CSV options, so the defaults are used.</source>
        <translation>Bu uygulamadan başlatılmadı: sunucu CSV seçeneklerini geri vermez, bu yüzden varsayılanlar kullanılır.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delim&amp;iter:</source>
        <translation>Ayı&amp;rıcı:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Q&amp;uote character:</source>
        <translation>T&amp;ırnak karakteri:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line &amp;endings:</source>
        <translation>Satır son&amp;ları:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;NULL written as:</source>
        <translation>NULL yerine yazılan &amp;değer:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One character each for the delimiter and the quote character.</source>
        <translation>Ayırıcı ve tırnak karakteri için birer karakter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About the CSV options</source>
        <translation>CSV seçenekleri hakkında</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem with the CSV options</source>
        <translation>CSV seçeneklerinde sorun</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadController</name>
    <message>
        <location filename="../src/gui/downloadcontroller.cpp" line="+53" />
        <source>&amp;Downloads</source>
        <comment>menu item that shows the downloads panel</comment>
        <translation>İ&amp;ndirmeler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the downloads (Ctrl+J)</source>
        <translation>İndirmeleri göster veya gizle (Ctrl+J)</translation>
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
        <translation>&amp;Dosyaları indir</translation>
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
        <translation>Seçili dışa aktarmanın tüm dosyalarını indir (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The connection of this export is no longer available.</source>
        <translation>Bu dışa aktarmanın bağlantısı artık kullanılamıyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>All %n files are already in %1.</source>
        <translation>
            <numerusform>%n dosyanın tümü zaten %1 içinde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Skipped %n files already in %1.</source>
        <translation>
            <numerusform>%1 içinde zaten bulunan %n dosya atlandı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Downloading %1 into %2</source>
        <comment>file name, folder</comment>
        <translation>%1, %2 klasörüne indiriliyor</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Downloading %n files into %1</source>
        <translation>
            <numerusform>%n dosya %1 klasörüne indiriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download finished</source>
        <translation>İndirme tamamlandı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is saved in %2.</source>
        <comment>file name, folder</comment>
        <translation>%1, %2 klasörüne kaydedildi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Download failed</source>
        <translation>İndirme başarısız oldu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded: %2</source>
        <comment>file name, the reason</comment>
        <translation>%1 indirilemedi: %2</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Downloading 1 file</source>
        <comment>status bar</comment>
        <translation>1 dosya indiriliyor</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Downloading %n files</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n dosya indiriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · %2 %</source>
        <comment>Downloading 2 files · 45 %</comment>
        <translation>%1 · %%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 download paused</source>
        <comment>status bar</comment>
        <translation>1 indirme duraklatıldı</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n downloads paused</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n indirme duraklatıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadFolders</name>
    <message>
        <location filename="../src/gui/downloadfolders.cpp" line="+125" />
        <source>Download Folder for %1</source>
        <comment>title: connection name</comment>
        <translation>%1 için indirme klasörü</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the download folder</source>
        <translation>İndirme klasörünü seçin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use This Folder</source>
        <translation>Bu klasörü kullan</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadListModel</name>
    <message>
        <location filename="../src/gui/downloadlistmodel.cpp" line="+122" />
        <source>%1 of %2</source>
        <comment>downloaded bytes of total bytes</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %</source>
        <comment>download progress in percent</comment>
        <translation>%%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1/s</source>
        <comment>download speed</comment>
        <translation>%1/sn</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Name</source>
        <comment>downloaded file name</comment>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <comment>the source of the export a file belongs to</comment>
        <translation>Dışa aktarma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <comment>bytes of a download</comment>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speed</source>
        <comment>download speed</comment>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <comment>estimated time until the download ends</comment>
        <translation>Kalan süre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <comment>state of a download</comment>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>peaka::gui::DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+32" />
        <location line="+9" />
        <source>Downloads</source>
        <comment>dock title</comment>
        <translation>İndirmeler</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download actions</source>
        <translation>İndirme işlemleri</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Downloads</source>
        <comment>list of downloads</comment>
        <translation>İndirmeler</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Selected download</source>
        <translation>Seçili indirme</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Pause</source>
        <comment>pause a download</comment>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause the selected downloads (Ctrl+P)</source>
        <translation>Seçili indirmeleri duraklat (Ctrl+P)</translation>
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
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resume the selected downloads (Ctrl+R)</source>
        <translation>Seçili indirmeleri sürdür (Ctrl+R)</translation>
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
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Try the failed or cancelled downloads again</source>
        <translation>Başarısız veya iptal edilen indirmeleri yeniden dene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <comment>cancel a download</comment>
        <translation>İptal et</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the selected downloads and delete their partial files</source>
        <translation>Seçili indirmeleri durdur ve yarım dosyalarını sil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open File</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open the downloaded file (Enter)</source>
        <translation>İndirilen dosyayı aç (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <comment>look inside a downloaded file</comment>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the first rows of the downloaded file (Ctrl+Shift+P)</source>
        <translation>İndirilen dosyanın ilk satırlarını göster (Ctrl+Shift+P)</translation>
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
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the folder that holds the file (Ctrl+Shift+F)</source>
        <translation>Dosyanın bulunduğu klasörü aç (Ctrl+Shift+F)</translation>
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
        <translation>Listeden kaldır</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the selected downloads; unfinished ones are cancelled (Delete)</source>
        <translation>Seçili indirmeleri listeden kaldır; tamamlanmamış olanlar iptal edilir (Delete)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear Finished</source>
        <translation>Bitenleri temizle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget every finished and cancelled download; the files stay</source>
        <translation>Biten ve iptal edilen tüm indirmeleri listeden kaldır; dosyalar yerinde kalır</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+2" />
        <source>Decompress .gz files after download</source>
        <translation>İndirdikten sonra .gz dosyalarını aç</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies to downloads started from now on.</source>
        <translation>Bundan sonra başlatılan indirmeler için geçerlidir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the .gz file</source>
        <translation>.gz dosyasını sakla</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the .gz file after decompressing</source>
        <translation>Açtıktan sonra .gz dosyasını sakla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downloads at once:</source>
        <translation>Eş zamanlı indirme sayısı:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downloads at once</source>
        <translation>Eş zamanlı indirme sayısı</translation>
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
        <translation>%1 olarak kaydedildi</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No program could open %1. It is saved as %2.</source>
        <translation>Hiçbir program %1 dosyasını açamadı. Dosya %2 olarak kaydedildi.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No file manager could show the folder %1.</source>
        <translation>Hiçbir dosya yöneticisi %1 klasörünü gösteremedi.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ErrorBanner</name>
    <message>
        <location filename="../src/gui/errorbanner.cpp" line="+19" />
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error message</source>
        <translation>Hata iletisi</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Error</source>
        <comment>accessible name of the error text</comment>
        <translation>Hata</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry now</source>
        <translation>Şimdi yeniden dene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide this message</source>
        <translation>Bu iletiyi gizle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide error message</source>
        <translation>Hata iletisini gizle</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportDetailPane</name>
    <message>
        <location filename="../src/gui/exportdetailpane.cpp" line="+133" />
        <location line="+106" />
        <source>Loading details…</source>
        <translation>Ayrıntılar yükleniyor…</translation>
    </message>
    <message>
        <location line="-29" />
        <source>There is no export with the ID %1 in this project. Check the ID, or open the connection and project it belongs to.</source>
        <translation>Bu projede %1 kimlikli bir dışa aktarma yok. Kimliği denetleyin ya da ait olduğu bağlantıyı ve projeyi açın.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not load the details: %1</source>
        <translation>Ayrıntılar yüklenemedi: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Loading</source>
        <comment>status badge</comment>
        <translation>Yükleniyor</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (not known to this app)</source>
        <translation>%1 (bu uygulamaca bilinmiyor)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (%2 bytes)</source>
        <comment>size: human readable (exact)</comment>
        <translation>%1 (%2 bayt)</translation>
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
        <translation>Sunucu bir neden belirtmedi.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This export is waiting to start. This pane updates itself when it changes.</source>
        <translation>Bu dışa aktarma başlamayı bekliyor. Bu bölme, değiştiğinde kendini günceller.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This export is running. This pane updates itself when it finishes.</source>
        <translation>Bu dışa aktarma çalışıyor. Bu bölme, bittiğinde kendini günceller.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This export failed. Fix the cause below and start a new export.</source>
        <translation>Bu dışa aktarma başarısız oldu. Aşağıdaki nedeni giderip yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This export was cancelled before it finished. Start a new export to get the data.</source>
        <translation>Bu dışa aktarma bitmeden iptal edildi. Verileri almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files of this export were removed by the retention policy. Exports are never regenerated: start a new export to get the data again.</source>
        <translation>Bu dışa aktarmanın dosyaları saklama ilkesi gereği kaldırıldı. Dışa aktarmalar asla yeniden oluşturulmaz: verileri yeniden almak için yeni bir dışa aktarma başlatın.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This export has the status "%1", which this version of the app does not know. Its details are shown as the server sent them.</source>
        <translation>Bu dışa aktarmanın durumu “%1”; uygulamanın bu sürümü bu durumu bilmiyor. Ayrıntılar sunucunun gönderdiği gibi gösteriliyor.</translation>
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
        <translation>Bir dışa aktarmayı yalnızca onu başlatan kullanıcı indirebilir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server listed no files for this export.</source>
        <translation>Sunucu bu dışa aktarma için dosya listelemedi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Download File</source>
        <translation>Dosyayı indir</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Download All %n Files</source>
        <translation>
            <numerusform>Tüm %n dosyayı indir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>Show the first rows of %1</source>
        <translation>%1 dosyasının ilk satırlarını göster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the first rows of a downloaded file</source>
        <translation>İndirilmiş bir dosyanın ilk satırlarını göster</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportFilterBar</name>
    <message>
        <location filename="../src/gui/exportfilterbar.cpp" line="+26" />
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportTableView</name>
    <message>
        <location filename="../src/gui/exporttableview.cpp" line="+84" />
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ExportToolBar</name>
    <message>
        <location filename="../src/gui/connectionpicker.cpp" line="+15" />
        <location filename="../src/gui/exporttoolbar.cpp" line="+25" />
        <location line="+1" />
        <source>Connection and project</source>
        <translation>Bağlantı ve proje</translation>
    </message>
    <message>
        <location filename="../src/gui/exporttoolbar.cpp" line="+5" />
        <source>Demo data</source>
        <translation>Demo verileri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Showing demo data</source>
        <translation>Demo verileri gösteriliyor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A built-in demo server on this computer: nothing here is real.</source>
        <translation>Bu bilgisayarda yerleşik bir demo sunucusu: buradaki hiçbir şey gerçek değil.</translation>
    </message>
    <message>
        <location filename="../src/gui/exportfilterbar.cpp" line="+11" />
        <source>Search exports</source>
        <translation>Dışa aktarmalarda ara</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search source, ID, user, error…</source>
        <translation>Kaynak, kimlik, kullanıcı, hata ara…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search in source, export ID, user, error, query ID and table (Ctrl+F)</source>
        <translation>Kaynak, dışa aktarma kimliği, kullanıcı, hata, sorgu kimliği ve tabloda ara (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/exporttoolbar.cpp" line="+69" />
        <source>Connections menu</source>
        <translation>Bağlantılar menüsü</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add or manage connections</source>
        <translation>Bağlantı ekle veya bağlantıları yönet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connections</source>
        <comment>toolbar menu button</comment>
        <translation>Bağlantılar</translation>
    </message>
</context>
<context>
    <name>peaka::gui::FieldHint</name>
    <message>
        <location filename="../src/gui/fieldhint.cpp" line="+83" />
        <source>Problem with the input</source>
        <translation>Girdide sorun var</translation>
    </message>
</context>
<context>
    <name>peaka::gui::FileLinksView</name>
    <message>
        <location filename="../src/gui/filelinksview.cpp" line="+63" />
        <source>Download %1</source>
        <translation>%1 dosyasını indir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Click to download. Right-click to copy the link.</source>
        <translation>İndirmek için tıklayın. Bağlantıyı kopyalamak için sağ tıklayın.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Copy link</source>
        <translation>Bağlantıyı kopyala</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open in browser</source>
        <translation>Tarayıcıda aç</translation>
    </message>
</context>
<context>
    <name>peaka::gui::KeychainFallback</name>
    <message>
        <location filename="../src/gui/keychainfallback.cpp" line="+13" />
        <source>The key can be kept in memory for this session only: it works until you quit Peaka Exports and is never written to disk. You will have to enter it again next time.</source>
        <translation>Anahtar yalnızca bu oturum için bellekte tutulabilir: Peaka Exports'tan çıkana kadar çalışır ve hiçbir zaman diske yazılmaz. Bir sonraki sefer yeniden girmeniz gerekir.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The key cannot be saved</source>
        <translation>Anahtar kaydedilemiyor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The keychain refused to store the API key.</source>
        <translation>Anahtar zinciri API anahtarını saklamayı reddetti.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No keychain is available to store the API key.</source>
        <translation>API anahtarını saklayacak bir anahtar zinciri yok.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use this key for this session only</source>
        <translation>Bu anahtarı yalnızca bu oturum için kullan</translation>
    </message>
</context>
<context>
    <name>peaka::gui::LanguageMenu</name>
    <message>
        <location filename="../src/gui/languagemenu.cpp" line="+25" />
        <location line="+51" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location line="-45" />
        <source>System</source>
        <comment>language: follow the operating system</comment>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System (%1)</source>
        <comment>language: follow the operating system; %1 is its language</comment>
        <translation>Sistem (%1)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Restart Now</source>
        <comment>restart the app in the new language</comment>
        <translation>Şimdi yeniden başlat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <comment>restart the app later</comment>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peaka Exports shows the new language after a restart. Running downloads are paused and resume after the restart.</source>
        <translation>Peaka Exports yeni dili yeniden başlatıldıktan sonra gösterir. Süren indirmeler duraklatılır ve yeniden başlatmadan sonra devam eder.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainMenus</name>
    <message>
        <location filename="../src/gui/mainmenus.cpp" line="+48" />
        <source>Menu bar</source>
        <translation>Menü çubuğu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Connection</source>
        <comment>menu</comment>
        <translation>&amp;Bağlantı</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Peaka Exports</source>
        <translation>Peaka Exports &amp;hakkında</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
</context>
<context>
    <name>peaka::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+56" />
        <source>List status</source>
        <translation>Liste durumu</translation>
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
        <translation>%1 bağlantısı açık değil.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Add Connection…</source>
        <translation>Bağlantı &amp;ekle…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Manage Connections…</source>
        <translation>Bağlantıları &amp;yönet…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add, edit or remove connection profiles</source>
        <translation>Bağlantı profillerini ekle, düzenle veya kaldır</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter Key for This Session…</source>
        <translation>Bu Oturum İçin Anahtar Gir…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the API key; it is kept in memory only, until the app quits</source>
        <translation>API anahtarını yazın; yalnızca bellekte, uygulama kapanana kadar tutulur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit Connection…</source>
        <translation>Bağlantıyı Düzenle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+124" />
        <source>Showing %n exports; the rest could not be loaded:</source>
        <translation>
            <numerusform>%n dışa aktarma gösteriliyor; geri kalanı yüklenemedi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>%n sn sonra yeniden denenecek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The list shows the last data received.</source>
        <translation>Liste son alınan verileri gösteriyor.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Open Export</source>
        <translation>Dışa Aktarmayı Aç</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export ID:</source>
        <translation>Dışa aktarma kimliği:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open export by ID</source>
        <translation>Dışa aktarmayı kimlikle aç</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Copied the export ID.</source>
        <translation>Dışa aktarma kimliği kopyalandı.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>cached · updating…</source>
        <comment>status: the list shows rows kept from the last run while the server is read</comment>
        <translation>önbellekten · güncelleniyor…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cached</source>
        <comment>status: the list shows rows kept from the last run; the server could not confirm them</comment>
        <translation>önbellekten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loading exports… %1 so far</source>
        <comment>rows of a paged list read so far</comment>
        <translation>Dışa aktarmalar yükleniyor… şimdiye kadar %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Loading exports…</source>
        <translation>Dışa aktarmalar yükleniyor…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated %1</source>
        <comment>list refreshed at a time</comment>
        <translation>Güncellendi: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n running</source>
        <comment>exports pending or running</comment>
        <translation>
            <numerusform>%n çalışıyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n exports</source>
        <translation>
            <numerusform>%n dışa aktarma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 of %n exports shown</source>
        <translation>
            <numerusform>%n dışa aktarmadan %1 tanesi gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No exports in this project yet. New Export… (Ctrl+N) starts one.</source>
        <translation>Bu projede henüz dışa aktarma yok. Yeni dışa aktarma… (Ctrl+N) bir tane başlatır.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No export matches the status filter, “Mine” or the search. Esc in the search clears it.</source>
        <translation>Durum filtresine, “Benimkiler” seçeneğine veya aramaya uyan dışa aktarma yok. Arama alanında Esc aramayı temizler.</translation>
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
        <translation>Ö&amp;nbelleği temizle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forget the export lists kept on this computer for a quick start</source>
        <translation>Hızlı başlangıç için bu bilgisayarda tutulan dışa aktarma listelerini unut</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cleared the cached export lists.</source>
        <translation>Önbellekteki dışa aktarma listeleri temizlendi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some cached export lists could not be removed.</source>
        <translation>Önbellekteki bazı dışa aktarma listeleri kaldırılamadı.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportActions</name>
    <message>
        <location filename="../src/gui/newexportactions.cpp" line="+25" />
        <source>&amp;New Export…</source>
        <translation>&amp;Yeni dışa aktarma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Run Again…</source>
        <comment>start a new export with the source of the selected one</comment>
        <translation>Yeniden &amp;çalıştır…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start a new export of a query or a table (Ctrl+N)</source>
        <translation>Bir sorgu veya tablo için yeni bir dışa aktarma başlat (Ctrl+N)</translation>
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
        <translation>Seçili dışa aktarmanın kaynağı, biçimi ve sıkıştırmasıyla yeni bir dışa aktarma başlat (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Downloading the file of the new export</source>
        <translation>Yeni dışa aktarmanın dosyası indiriliyor</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Downloading %n files of the new export</source>
        <translation>
            <numerusform>Yeni dışa aktarmanın %n dosyası indiriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>Started export %1.</source>
        <comment>export id</comment>
        <translation>%1 dışa aktarması başlatıldı.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportController</name>
    <message>
        <location filename="../src/gui/newexportcontroller.cpp" line="+109" />
        <source>Stopped following an export</source>
        <translation>Bir dışa aktarmanın izlenmesi durduruldu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped following export %1: %2</source>
        <translation>%1 dışa aktarmasının izlenmesi durduruldu: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Nothing to download</source>
        <translation>İndirilecek bir şey yok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 has no files you may download.</source>
        <translation>%1 dışa aktarmasında indirebileceğiniz dosya yok.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::NewExportDialog</name>
    <message>
        <location filename="../src/gui/newexportdialog.cpp" line="+46" />
        <source>Create Export</source>
        <translation>Dışa Aktarma Oluştur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create the export</source>
        <translation>Dışa aktarmayı oluştur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Choose a saved query or a table</source>
        <translation>Kayıtlı bir sorgu veya tablo seçin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Or enter an id…</source>
        <translation>Veya bir kimlik girin…</translation>
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
        <translation>Yok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gzip (.gz)</source>
        <translation>Gzip (.gz)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Run Export Again</source>
        <translation>Dışa Aktarmayı Yeniden Çalıştır</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The row limit must be a whole number between 1 and 1,000,000.</source>
        <translation>Satır sınırı 1 ile 1.000.000 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A column name is empty: remove the extra comma.</source>
        <translation>Bir sütun adı boş: fazladan virgülü kaldırın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The column “%1” is listed twice.</source>
        <translation>“%1” sütunu iki kez listelenmiş.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pick a saved query or a table above, or enter its id.</source>
        <translation>Yukarıdan kayıtlı bir sorgu veya tablo seçin ya da kimliğini girin.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the id of a saved query, or choose Table.</source>
        <translation>Kayıtlı bir sorgunun kimliğini girin veya “Tablo”yu seçin.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Source: %1</source>
        <comment>the name of the chosen query or table</comment>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Creating the export…</source>
        <translation>Dışa aktarma oluşturuluyor…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no connection to send the export with.</source>
        <translation>Dışa aktarmayı gönderecek bir bağlantı yok.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The server accepted the export but sent no id. Check the list of exports.</source>
        <translation>Sunucu dışa aktarmayı kabul etti ancak kimlik göndermedi. Dışa aktarma listesini denetleyin.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The server refused the column selection. Correct the columns and try again.</source>
        <translation>Sunucu sütun seçimini reddetti. Sütunları düzeltip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The server knows no query “%1” in this project.</source>
        <translation>Sunucu bu projede “%1” adlı bir sorgu tanımıyor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server knows no table “%1” in this project.</source>
        <translation>Sunucu bu projede “%1” adlı bir tablo tanımıyor.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server said: “%1”</source>
        <translation>Sunucunun yanıtı: “%1”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the source and try again.</source>
        <translation>Kaynağı denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This API key has no access to project %1 (HTTP 403). A Project key only reaches its own project; use a key made for this project or a Partner key.</source>
        <translation>Bu API anahtarının %1 projesine erişimi yok (HTTP 403). Bir Proje anahtarı yalnızca kendi projesine ulaşır; bu proje için oluşturulmuş bir anahtar veya bir İş Ortağı anahtarı kullanın.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The export may have been created anyway: check the list of exports before you retry.</source>
        <translation>Dışa aktarma yine de oluşturulmuş olabilir: yeniden denemeden önce dışa aktarma listesini denetleyin.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::Notifier</name>
    <message>
        <location filename="../src/gui/notifier.cpp" line="+50" />
        <source>Export finished</source>
        <translation>Dışa aktarma tamamlandı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>Dışa aktarma iptal edildi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export expired</source>
        <translation>Dışa aktarmanın süresi doldu</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The export of %1 has finished with %2 rows.</source>
        <translation>%1 dışa aktarması %2 satırla tamamlandı.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 has finished.</source>
        <translation>%1 dışa aktarması tamamlandı.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The export of %1 failed: %2</source>
        <translation>%1 dışa aktarması başarısız oldu: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export of %1 failed; the server gave no reason.</source>
        <translation>%1 dışa aktarması başarısız oldu; sunucu bir neden belirtmedi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The export of %1 was cancelled.</source>
        <translation>%1 dışa aktarması iptal edildi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The files of the export of %1 have expired.</source>
        <translation>%1 dışa aktarmasının dosyalarının süresi doldu.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::PreviewDialog</name>
    <message>
        <location filename="../src/gui/previewdialog.cpp" line="+27" />
        <source>tab</source>
        <comment>the tab character as CSV delimiter</comment>
        <translation>sekme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV, delimiter “%1”</source>
        <comment>file format and its delimiter</comment>
        <translation>CSV, ayırıcı “%1”</translation>
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
        <translation>%1 önizlemesi</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open File</source>
        <translation>Dosyayı Aç</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the file in the program set up for it</source>
        <translation>Dosyayı bunun için ayarlanmış programda aç</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show in Folder</source>
        <translation>Klasörde Göster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the folder that holds the file</source>
        <translation>Dosyanın bulunduğu klasörü aç</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rows read</source>
        <comment>accessible name of the preview's row count</comment>
        <translation>Okunan satırlar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading…</source>
        <comment>the preview is reading the file</comment>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problem with the file</source>
        <translation>Dosyada sorun var</translation>
    </message>
    <message>
        <location line="+12" />
        <source>First rows of the file</source>
        <translation>Dosyanın ilk satırları</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Nothing to show.</source>
        <comment>preview of a file that could not be opened</comment>
        <translation>Gösterilecek bir şey yok.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows read before the problem</source>
        <translation>
            <numerusform>Sorundan önce %Ln satır okundu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The first %1 rows; open the file to see the rest</source>
        <comment>preview row count at its cap</comment>
        <translation>İlk %1 satır; geri kalanı görmek için dosyayı açın</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows, the whole file</source>
        <translation>
            <numerusform>%Ln satır, dosyanın tamamı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows so far, reading more…</source>
        <translation>
            <numerusform>Şimdiye kadar %Ln satır, daha fazlası okunuyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rows so far; scroll down for more</source>
        <translation>
            <numerusform>Şimdiye kadar %Ln satır; daha fazlası için aşağı kaydırın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln sütun</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>No program is set up to open %1 on this computer; the preview shows what it holds.</source>
        <translation>Bu bilgisayarda %1 dosyasını açacak bir program ayarlı değil; önizleme içeriğini gösteriyor.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::PreviewTableModel</name>
    <message>
        <location filename="../src/gui/previewtablemodel.cpp" line="+79" />
        <source>No value</source>
        <comment>tooltip of an empty preview cell: the key is missing or null</comment>
        <translation>Değer yok</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1: guessed type %2 (from the rows read so far)</source>
        <comment>column name: its guessed type</comment>
        <translation>%1: tahmin edilen tür %2 (şimdiye kadar okunan satırlardan)</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileConnections</name>
    <message>
        <location filename="../src/gui/profileconnections.cpp" line="+252" />
        <source>API key for this session</source>
        <translation>Bu oturum için API anahtarı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API Key for This Session</source>
        <translation>Bu Oturum İçin API Anahtarı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The API key for “%1”. It is kept in memory only and forgotten when the app quits.</source>
        <translation>“%1” için API anahtarı. Yalnızca bellekte tutulur ve uygulama kapanınca unutulur.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+52" />
        <source>Partner key (every project)</source>
        <translation>İş Ortağı anahtarı (tüm projeler)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project key (one project)</source>
        <translation>Proje anahtarı (tek proje)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show or hide the API key</source>
        <translation>API anahtarını göster veya gizle</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+10" />
        <source>Show</source>
        <comment>reveal the API key</comment>
        <translation>Göster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide</source>
        <comment>conceal the API key</comment>
        <translation>Gizle</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the profile</source>
        <translation>Profili kaydet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Edit connection “%1”</source>
        <translation>“%1” bağlantısını düzenle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a connection</source>
        <translation>Bağlantı ekle</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kept for this session only: %1</source>
        <translation>Yalnızca bu oturum için tutuluyor: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored key: %1</source>
        <translation>Kayıtlı anahtar: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave empty to keep the stored key (%1)</source>
        <translation>Kayıtlı anahtarı korumak için boş bırakın (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key is kept in your system's keychain, never in a file.</source>
        <translation>Anahtar sisteminizin anahtar zincirinde tutulur, asla bir dosyada değil.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the API key, e.g. hBWIQxjc.…</source>
        <translation>API anahtarını yapıştırın, ör. hBWIQxjc.…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Paste the API key.</source>
        <translation>API anahtarını yapıştırın.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The API key contains spaces or control characters. Paste the whole key.</source>
        <translation>API anahtarı boşluk veya denetim karakterleri içeriyor. Anahtarın tamamını yapıştırın.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Default download folder</source>
        <translation>Varsayılan indirme klasörü</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter at least one project id to test.</source>
        <translation>Test için en az bir proje kimliği girin.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paste the API key to test the connection.</source>
        <translation>Bağlantıyı test etmek için API anahtarını yapıştırın.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the key from the keychain…</source>
        <translation>Anahtar, anahtar zincirinden okunuyor…</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Paste the API key first, then choose the projects.</source>
        <translation>Önce API anahtarını yapıştırın, sonra projeleri seçin.</translation>
    </message>
    <message>
        <location filename="../src/gui/profiledialogsave.cpp" line="+52" />
        <source>Saving the key in the keychain…</source>
        <translation>Anahtar, anahtar zincirine kaydediliyor…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The profile could not be saved.</source>
        <translation>Profil kaydedilemedi.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Removing the key from the keychain…</source>
        <translation>Anahtar, anahtar zincirinden kaldırılıyor…</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProfileManagerDialog</name>
    <message>
        <location filename="../src/gui/profilemanagerdialog.cpp" line="+26" />
        <location line="+1" />
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved connection profiles</source>
        <translation>Kayıtlı bağlantı profilleri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a connection</source>
        <translation>Bağlantı ekle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the selected connection</source>
        <translation>Seçili bağlantıyı düzenle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the selected connection and its key</source>
        <translation>Seçili bağlantıyı ve anahtarını kaldır</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <comment>accessible name: progress message</comment>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(key for this session only)</source>
        <translation>(anahtar yalnızca bu oturum için)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1
Projects: %2</source>
        <translation>%1
Projeler: %2</translation>
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
        <translation>Anahtar, anahtar zincirinden kaldırılıyor…</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectChooserDialog</name>
    <message>
        <location filename="../src/gui/projectchooserdialog.cpp" line="+29" />
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose projects</source>
        <translation>Projeleri seç</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by organization, workspace, project name or id</source>
        <translation>Kuruluş, çalışma alanı, proje adı veya kimliğine göre süz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter projects</source>
        <translation>Projeleri süz</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <location line="+39" />
        <location line="+34" />
        <source>%n project(s) chosen.</source>
        <translation>
            <numerusform>%n proje seçildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59" />
        <source>Loading the projects this key can see…</source>
        <translation>Bu anahtarın görebildiği projeler yükleniyor…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This key cannot list projects: only a Partner key can. Close this and type or paste the project id instead.</source>
        <translation>Bu anahtar projeleri listeleyemez: bunu yalnızca bir İş Ortağı anahtarı yapabilir. Bunu kapatın ve proje kimliğini yazın veya yapıştırın.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The projects could not be listed: %1</source>
        <translation>Projeler listelenemedi: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This key sees no projects yet. Create one in Peaka first.</source>
        <translation>Bu anahtar henüz hiçbir proje görmüyor. Önce Peaka'da bir proje oluşturun.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No project matches “%1”.</source>
        <translation>“%1” ile eşleşen proje yok.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectIdsField</name>
    <message>
        <location filename="../src/gui/projectidsfield.cpp" line="+21" />
        <source>C&amp;hoose projects…</source>
        <translation>Projeleri &amp;seç…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project ids</source>
        <translation>Proje kimlikleri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One project id per line (or separated by commas)</source>
        <translation>Her satıra bir proje kimliği (veya virgülle ayrılmış)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose projects by name</source>
        <translation>Projeleri adlarıyla seç</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How to find project ids</source>
        <translation>Proje kimlikleri nasıl bulunur</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Only a Partner key can list projects. Type or paste this key's project id (Peaka shows it in the project's settings).</source>
        <translation>Projeleri yalnızca bir İş Ortağı anahtarı listeleyebilir. Bu anahtarın proje kimliğini yazın veya yapıştırın (Peaka bunu projenin ayarlarında gösterir).</translation>
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
        <translation>Seçilen: %1</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ProjectTreeModel</name>
    <message numerus="yes">
        <location filename="../src/gui/projecttreemodel.cpp" line="+139" />
        <source>%1 (%2 of %n chosen)</source>
        <comment>organization or workspace; %2 = chosen projects</comment>
        <translation>
            <numerusform>%1 (%n projeden %2 tanesi seçili)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project id: %1</source>
        <translation>Proje kimliği: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
Project id: %2</source>
        <translation>%1
Proje kimliği: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization id: %1</source>
        <translation>Kuruluş kimliği: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workspace id: %1</source>
        <translation>Çalışma alanı kimliği: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Project id %1</source>
        <translation>Proje kimliği %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Organization › workspace › project</source>
        <translation>Kuruluş › çalışma alanı › proje</translation>
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
SQL adı: %2
Kimlik: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Materialized</source>
        <extracomment>A saved query whose results Peaka stores and refreshes on a schedule</extracomment>
        <translation>Materyalize</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQL name</source>
        <translation>SQL adı</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <comment>kind of saved query</comment>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>peaka::gui::SourceBrowser</name>
    <message>
        <location filename="../src/gui/sourcebrowser.cpp" line="+60" />
        <source>Clear the filter</source>
        <translation>Süzgeci temizle</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Saved queries</source>
        <translation>Kayıtlı sorgular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Filter saved queries by name or id</source>
        <translation>Kayıtlı sorguları ada veya kimliğe göre süz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved queries status</source>
        <translation>Kayıtlı sorguların durumu</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filter catalogs, schemas and tables</source>
        <translation>Katalogları, şemaları ve tabloları süz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tables status</source>
        <translation>Tabloların durumu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Columns to export:</source>
        <translation>Dışa aktarılacak sütunlar:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>All</source>
        <extracomment>Check every column</extracomment>
        <translation>Tümü</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None</source>
        <extracomment>Uncheck every column</extracomment>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invert</source>
        <extracomment>Check the unchecked columns and uncheck the checked ones</extracomment>
        <translation>Tersine çevir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note about the columns</source>
        <translation>Sütunlarla ilgili not</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Loading saved queries…</source>
        <translation>Kayıtlı sorgular yükleniyor…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not list the saved queries: %1 You can still enter an id below.</source>
        <translation>Kayıtlı sorgular listelenemedi: %1 Aşağıya yine de bir kimlik girebilirsiniz.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This project has no saved queries.</source>
        <translation>Bu projede kayıtlı sorgu yok.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Loading columns…</source>
        <translation>Sütunlar yükleniyor…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not list the columns: %1</source>
        <translation>Sütunlar listelenemedi: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A dynamic table: %1 are query parameters needed to read it; they are never exported.</source>
        <translation>Dinamik bir tablo: %1 okumak için gereken sorgu parametreleridir; hiçbir zaman dışa aktarılmazlar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No column is checked: check at least one, or All to export every column.</source>
        <translation>Hiçbir sütun işaretli değil: en az birini veya tüm sütunları dışa aktarmak için Tümü'nü işaretleyin.</translation>
    </message>
</context>
<context>
    <name>peaka::gui::StatusFilterButton</name>
    <message>
        <location filename="../src/gui/statusfilterbutton.cpp" line="+15" />
        <source>Filter by status</source>
        <translation>Duruma göre filtrele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only exports with these statuses</source>
        <translation>Yalnızca bu durumlardaki dışa aktarmaları göster</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Other</source>
        <comment>statuses this app does not know</comment>
        <translation>Diğer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location line="+47" />
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n statuses</source>
        <translation>
            <numerusform>%n durum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peaka::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/welcomepage.cpp" line="+15" />
        <source>Connecting…</source>
        <comment>start-up: the saved connection's API key is being read</comment>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a connection…</source>
        <translation>Bağlantı ekle…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>Explore with demo data</source>
        <translation>Demo verileriyle keşfet</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Welcome to Peaka Exports</source>
        <translation>Peaka Exports'a hoş geldiniz</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Browse the data exports of your Peaka projects, follow running exports live and download their files.

Connect with a Peaka API key, or look around first with a built-in demo project.</source>
        <translation>Peaka projelerinizin veri dışa aktarmalarına göz atın, çalışan dışa aktarmaları canlı izleyin ve dosyalarını indirin.

Bir Peaka API anahtarıyla bağlanın ya da önce yerleşik bir demo projesinde göz gezdirin.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a connection</source>
        <translation>Bağlantı ekle</translation>
    </message>
</context>
<context>
    <name>peaka::gui::ZoneUrlRow</name>
    <message>
        <location filename="../src/gui/zoneurlrow.cpp" line="+18" />
        <source>Peaka zone</source>
        <translation>Peaka bölgesi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US (%1)</source>
        <comment>Peaka's US zone (host name)</comment>
        <translation>ABD (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EU (%1)</source>
        <comment>Peaka's EU zone (host name)</comment>
        <translation>AB (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other URL…</source>
        <comment>a base URL typed by the user</comment>
        <translation>Başka URL…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any base URL, e.g. a self-hosted or staging deployment</source>
        <translation>Herhangi bir temel URL, örneğin kendi barındırdığınız ya da hazırlık ortamındaki bir kurulum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Base URL of the Peaka API</source>
        <translation>Peaka API'sinin temel URL'si</translation>
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
        <translation>sütun %1</translation>
    </message>
</context>
</TS>
