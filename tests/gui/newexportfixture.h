// SPDX-License-Identifier: GPL-3.0-or-later
// The shared fixture of the tests that construct the New Export dialog (and
// its controller) directly, without a main window: a started demo server, a
// registry with the demo connection open, a notifier without tray, and the
// dialog opened with its source browser loaded. The main window's tests use
// GuiTestWindow (guitestwindow.h) instead.
#pragma once

#include "api/peakaclient.h"
#include "connections/connectionkey.h"
#include "connections/connectionregistry.h"
#include "demoserver.h"
#include "namedchild.h"
#include "newexportdialog.h"
#include "notifier.h"
#include "sourcebrowser.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace peaka::test {

// Chooses "Saved query" and types its id.
inline void fillQuery(gui::NewExportDialog *d, const QString &id)
{
    QTest::mouseClick(child<QRadioButton>(d, "queryRadio"), Qt::LeftButton);
    auto *edit = child<QLineEdit>(d, "queryIdEdit");
    edit->clear();
    QTest::keyClicks(edit, id);
}

// Chooses "Table" and types where it is.
inline void fillTable(gui::NewExportDialog *d, const QString &catalog, const QString &schema, const QString &table)
{
    QTest::mouseClick(child<QRadioButton>(d, "tableRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(d, "catalogIdEdit"), catalog);
    QTest::keyClicks(child<QLineEdit>(d, "schemaEdit"), schema);
    QTest::keyClicks(child<QLineEdit>(d, "tableEdit"), table);
}

inline QPushButton *createButton(gui::NewExportDialog *d)
{
    return child<QPushButton>(d, "createButton");
}

// A check box reacts to clicks on its indicator and text only, not on the
// empty part of a stretched row: click near the indicator.
inline void toggle(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

class NewExportFixture
{
public:
    std::unique_ptr<demo::DemoServer> server;
    std::unique_ptr<ConnectionRegistry> registry;
    std::unique_ptr<gui::Notifier> notifier;
    PeakaClient *client = nullptr; // the demo connection's, owned by registry
    ConnectionKey key;
    std::unique_ptr<gui::NewExportDialog> dialog;

    // A started demo server and its connection open; false (with error) when not.
    bool start(QString *error)
    {
        server = std::make_unique<demo::DemoServer>();
        if (!server->start()) {
            *error = server->errorString();
            return false;
        }
        registry = std::make_unique<ConnectionRegistry>();
        notifier = std::make_unique<gui::Notifier>();
        notifier->setSystemTrayEnabled(false);
        key = ConnectionKey::demo(server->projectId());
        if (!registry->open(key.profileId, server->baseUrl(), server->partnerKey().key)) {
            *error = QStringLiteral("the demo connection did not open");
            return false;
        }
        client = registry->client(key);
        server->clearRequests();
        return client != nullptr;
    }

    void stop()
    {
        dialog.reset();
        client = nullptr;
        registry.reset();
        notifier.reset();
        server.reset();
    }

    // A new dialog, shown, its source browser done listing queries and
    // catalogs. Faults a test armed are meant for the dialog's own request, so
    // they wait until the browser has loaded, and its GETs are not counted.
    gui::NewExportDialog *openDialog()
    {
        demo::Scenario &sc = server->scenario();
        const demo::Scenario armed = sc;
        sc.failNextCount = 0;
        sc.invalidJsonNextCount = 0;
        sc.dropMidBodyNextCount = 0;
        sc.slowResponseMs = 0;
        dialog = std::make_unique<gui::NewExportDialog>(client, server->projectId());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("dialog not exposed");
        if (gui::SourceBrowser *browser = dialog->sourceBrowser()) {
            if (!QTest::qWaitFor([browser] { return !browser->isLoading(); }, 15000))
                qWarning("the source browser is still loading");
        }
        sc.failNextCount = armed.failNextCount;
        sc.invalidJsonNextCount = armed.invalidJsonNextCount;
        sc.dropMidBodyNextCount = armed.dropMidBodyNextCount;
        sc.slowResponseMs = armed.slowResponseMs;
        server->clearRequests();
        return dialog.get();
    }

    // The Create Export requests the server got since the dialog opened.
    QList<demo::RecordedRequest> posts() const
    {
        QList<demo::RecordedRequest> out;
        for (const demo::RecordedRequest &r : server->requests()) {
            if (r.method == "POST" && r.url.path().endsWith(QLatin1String("/exports")))
                out << r;
        }
        return out;
    }

    static QJsonObject bodyOf(const demo::RecordedRequest &r) { return QJsonDocument::fromJson(r.body).object(); }
};

} // namespace peaka::test
