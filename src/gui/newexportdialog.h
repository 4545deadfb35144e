// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/csvoptions.h"
#include "exports/exportjob.h"
#include "exports/exportoptions.h"
#include "api/exportrequests.h"
#include "exports/exportsourceref.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QEvent;
class QLabel;

namespace Ui {
class NewExportDialog;
}

namespace peaka {
class PeakaClient;
}

namespace peaka::gui {

class CsvOptionsBox;
class FieldHint;
class SourceBrowser;

// Starts one export: a saved query or a table, with format, compression, row
// limit, columns and system columns. Input is checked before anything is sent
// (OK stays disabled, the reason stands next to the field). Server errors stay
// in the dialog with the input kept: an unknown column next to the columns, an
// unknown source next to the source, network trouble with a Retry button.
// On 202 it emits exportCreated and closes. Open it with open() or show(),
// never exec(): nothing here needs a nested event loop.
class NewExportDialog : public QDialog
{
    Q_OBJECT
public:
    NewExportDialog(PeakaClient *client, const QString &projectId, QWidget *parent = nullptr);
    ~NewExportDialog() override;

    // "Run again" is possible for a job whose source is known: a query id, or
    // catalog id, schema and table.
    static bool canRunAgain(const ExportJob &job);
    // Selects the job's source kind and fills source, format, compression and
    // the CSV options this app remembered for it (`csv`); without them the
    // defaults stand and a note says the server does not send them back.
    // Returns false (and changes nothing) when canRunAgain(job) is false.
    bool prefillFrom(const ExportJob &job, const std::optional<CsvOptions> &csv = std::nullopt);

    // The input as values.
    ExportSourceRef source() const;
    ExportOptions options() const;
    bool downloadWhenReady() const;
    void setDownloadWhenReady(bool on);
    // Every problem that keeps OK disabled; empty when the input can be sent.
    QStringList problems() const;
    bool isSending() const { return !m_request.isNull(); }
    QString projectId() const { return m_projectId; }
    // What the last submit() sent (valid in exportCreated).
    ExportOptions sentOptions() const { return m_sentOptions; }
    CsvOptionsBox *csvOptionsBox() const { return m_csv; }
    // The picker for saved queries and tables; null without a connection.
    SourceBrowser *sourceBrowser() const { return m_browser; }

public Q_SLOTS:
    // Sends the request when the input is valid (OK and Retry call it).
    void submit();
    void reject() override;

Q_SIGNALS:
    // The server accepted the export (202): `job` has its id, PENDING, and the
    // source, format, compression and creation time, ready to be listed at once.
    void exportCreated(const peaka::ExportJob &job, bool downloadWhenReady);

protected:
    bool event(QEvent *e) override;

private:
    // What a server message in the status line is about: editing that input
    // (any input for Anything) drops it; Nothing stays until the next send.
    enum class StatusAbout { Nothing, Source, Columns, Anything };

    void setUpCombos();
    void setUpBrowser();
    void inputChanged(StatusAbout field);
    void setStatus(const QString &text, StatusAbout about, bool problem = true);
    void fitHeight();
    void setSourceKind(ExportSourceRef::Kind kind);
    void formatChanged();
    void chainTabStops();
    void lookUpSourceName();
    void revalidate();
    QString sourceProblem() const;
    bool sourceIsBlank() const; // no character in the chosen kind's source fields
    QString limitProblem() const;
    QString columnsProblem() const;
    void setSending(bool sending);
    void onFinished(const ExportResult &result);
    void showServerError(const ApiError &error);
    void clearServerErrors();

    std::unique_ptr<Ui::NewExportDialog> ui;
    QPointer<PeakaClient> m_client;
    QString m_projectId;
    QPointer<ExportRequest> m_request;
    ExportSourceRef m_sentSource;
    ExportOptions m_sentOptions;
    bool m_sentDownload = false;
    // The server's words about a field, shown until that field is edited.
    QString m_serverSourceError;
    // An empty source is said to be a problem only once the user has edited
    // it or tried to create: a new dialog opens with a note, not an error.
    bool m_sourceTried = false;
    QString m_serverColumnsError;
    StatusAbout m_statusAbout = StatusAbout::Nothing;
    FieldHint *m_sourceHint = nullptr;
    FieldHint *m_limitHint = nullptr;
    FieldHint *m_columnsHint = nullptr;
    SourceBrowser *m_browser = nullptr;
    CsvOptionsBox *m_csv = nullptr;
    ExportSourceRef m_namedSource; // the source whose name the note shows (or is being looked up)
};

} // namespace peaka::gui
