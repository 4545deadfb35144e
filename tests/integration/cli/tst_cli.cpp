// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli end to end against a spawned peaka-demo-server.
#include "credentials/apikey.h"
#include "clirunner.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTest>

using namespace peaka;
using namespace peaka::test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listHuman();
    void listJson();
    void listStatusFilter();
    void listMine();
    void showOwnedSucceeded();
    void showNotOwner();
    void showFailedPrintsError();
    void exitUsage();
    void exitApiError();
    void exitNetwork();
    void exitUnauthorized();
    void exitForbidden();
    void exitNotFound();
    void keyIsNeverAnArgument();
    void version();
    void profilesListNamesProjects();

private:
    QHash<QString, QString> env(const QString &keyName = QStringLiteral("PEAKA_PARTNER_KEY")) const;
    QJsonArray listJsonRows(const QStringList &extra = {}, const QString &keyName = QStringLiteral("PEAKA_PARTNER_KEY"));
    DemoServerProcess m_server;
};

void TestCli::initTestCase()
{
    QVERIFY(m_server.start());
}

QHash<QString, QString> TestCli::env(const QString &keyName) const
{
    return {{QStringLiteral("PEAKA_API_KEY"), m_server.value(keyName)},
            {QStringLiteral("PEAKA_BASE_URL"), m_server.value(QStringLiteral("PEAKA_BASE_URL"))},
            {QStringLiteral("PEAKA_PROJECT"), m_server.value(QStringLiteral("PEAKA_PROJECT"))}};
}

QJsonArray TestCli::listJsonRows(const QStringList &extra, const QString &keyName)
{
    const CliResult r = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("list")} + extra, env(keyName));
    if (r.exitCode != 0)
        qWarning() << r.err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.array();
}

void TestCli::listHuman()
{
    const CliResult r = runCli({QStringLiteral("list")}, env());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(lines.first().contains("STATUS"));
    QCOMPARE(lines.size() - 1, listJsonRows().size());
    // Columns are aligned: STATUS starts at the same offset on every line.
    const int col = int(lines.first().indexOf("STATUS"));
    for (const QByteArray &l : lines.mid(1))
        QVERIFY2(l.at(col - 1) == ' ' && l.at(col) != ' ', l.constData());
}

void TestCli::listJson()
{
    const QJsonArray rows = listJsonRows();
    QVERIFY(rows.size() >= 10);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("id")));
        QVERIFY(o.contains(QStringLiteral("status")));
        QVERIFY(o.contains(QStringLiteral("createdAt")));
        QVERIFY(!o.contains(QStringLiteral("files"))); // the list carries no links
    }
}

void TestCli::listStatusFilter()
{
    const QJsonArray rows = listJsonRows({QStringLiteral("--status"), QStringLiteral("failed")});
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
}

void TestCli::listMine()
{
    const QString prefix = ApiKey::publicPrefix(m_server.value(QStringLiteral("PEAKA_PARTNER_KEY")));
    const QJsonArray all = listJsonRows();
    const QJsonArray mine = listJsonRows({QStringLiteral("--mine")});
    QVERIFY(!mine.isEmpty());
    QVERIFY(mine.size() < all.size());
    for (const QJsonValue &v : mine)
        QCOMPARE(v.toObject().value(QStringLiteral("apiKeyPrefix")).toString(), prefix);
    const QJsonArray colleagues = listJsonRows({QStringLiteral("--mine")}, QStringLiteral("PEAKA_COLLEAGUE_KEY"));
    QCOMPARE(colleagues.size() + mine.size() <= all.size(), true);
    for (const QJsonValue &v : colleagues)
        QVERIFY(v.toObject().value(QStringLiteral("apiKeyPrefix")).toString() != prefix);
}

void TestCli::showOwnedSucceeded()
{
    QString id;
    for (const QJsonValue &v : listJsonRows({QStringLiteral("--mine"), QStringLiteral("--status"), QStringLiteral("SUCCEEDED")}))
        id = v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const CliResult human = runCli({QStringLiteral("show"), id}, env());
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Files:"));
    QVERIFY(human.out.contains("Links expire"));
    QVERIFY(human.out.contains("X-Amz-Signature"));
    // Sizes as the window shows them (SI: kB, MB), never KiB/MiB.
    QVERIFY2(!human.out.contains("KiB") && !human.out.contains("MiB"), human.out.constData());
    QVERIFY2(human.out.contains(" kB") || human.out.contains(" MB") || human.out.contains(" bytes"), human.out.constData());
    const CliResult json = runCli({QStringLiteral("show"), id, QStringLiteral("--json")}, env());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QVERIFY(!o.value(QStringLiteral("files")).toArray().isEmpty());
    QVERIFY(o.contains(QStringLiteral("expiresAt")));
}

void TestCli::showNotOwner()
{
    QString id;
    for (const QJsonValue &v : listJsonRows({QStringLiteral("--mine"), QStringLiteral("--status"), QStringLiteral("SUCCEEDED")}))
        id = v.toObject().value(QStringLiteral("id")).toString();
    const CliResult r = runCli({QStringLiteral("show"), id}, env(QStringLiteral("PEAKA_COLLEAGUE_KEY")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Not downloadable: only the user who started an export can download it."), r.out.constData());
    QVERIFY(!r.out.contains("X-Amz-Signature"));
}

void TestCli::showFailedPrintsError()
{
    const QJsonArray failed = listJsonRows({QStringLiteral("--status"), QStringLiteral("FAILED")});
    QVERIFY(!failed.isEmpty());
    const QJsonObject row = failed.first().toObject();
    const CliResult r = runCli({QStringLiteral("show"), row.value(QStringLiteral("id")).toString()}, env());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(row.value(QStringLiteral("error")).toString().toUtf8()));
}

void TestCli::exitUsage()
{
    QCOMPARE(runCli({QStringLiteral("frobnicate")}, env()).exitCode, 1);
    QCOMPARE(runCli({}, env()).exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("show")}, env()).exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("list"), QStringLiteral("--no-such-option")}, env()).exitCode, 1);
    auto noKey = env();
    noKey.remove(QStringLiteral("PEAKA_API_KEY"));
    const CliResult r = runCli({QStringLiteral("list")}, noKey);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("PEAKA_API_KEY"));
    QCOMPARE(r.err.count('\n'), 1); // one sentence
}

void TestCli::exitApiError()
{
    // A proxy that answers every request with an HTML 502 page.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    connect(&proxy, &QTcpServer::newConnection, &proxy, [&proxy] {
        QTcpSocket *s = proxy.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
            s->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            s->disconnectFromHost();
        });
    });
    auto e = env();
    e.insert(QStringLiteral("PEAKA_BASE_URL"), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(proxy.serverPort()));
    const CliResult r = runCli({QStringLiteral("list")}, e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("502 Bad Gateway"));
    QVERIFY(!r.err.contains("<"));
}

void TestCli::exitNetwork()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto e = env();
    e.insert(QStringLiteral("PEAKA_BASE_URL"), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
    const CliResult r = runCli({QStringLiteral("list")}, e);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Could not reach"));
}

void TestCli::exitUnauthorized()
{
    auto e = env();
    e.insert(QStringLiteral("PEAKA_API_KEY"), QStringLiteral("Wrongkey.xxxxxxxxxxxx"));
    const CliResult r = runCli({QStringLiteral("list")}, e);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("401"));
    // Says what to do in a shell: the key came from the environment.
    QVERIFY2(r.err.contains("Set PEAKA_API_KEY to a valid key"), r.err.constData());
    QVERIFY(!r.err.contains("connection settings"));
    QVERIFY(!r.err.contains("xxxxxxxxxxxx")); // the key is never echoed
}

void TestCli::exitForbidden()
{
    const CliResult r = runCli({QStringLiteral("--project"), m_server.value(QStringLiteral("PEAKA_OTHER_PROJECT")), QStringLiteral("list")},
                               env(QStringLiteral("PEAKA_PROJECT_KEY")));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("403"));
}

void TestCli::exitNotFound()
{
    const CliResult r = runCli({QStringLiteral("show"), QStringLiteral("00000000-0000-0000-0000-00000000dead")}, env());
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("404"));
}

void TestCli::keyIsNeverAnArgument()
{
    const CliResult r = runCli({QStringLiteral("--api-key"), QStringLiteral("abc.def"), QStringLiteral("list")}, env());
    QCOMPARE(r.exitCode, 1);
}

void TestCli::version()
{
    const CliResult r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("peaka-exports-cli " PEAKA_VERSION));
}

// `profiles list` keeps the ids where scripts read them (the PROJECTS column,
// "projectIds") and adds the names the profile knows: a last column with
// "name (id)" and, in JSON, "projects" with a null name where none is known.
void TestCli::profilesListNamesProjects()
{
    Profile p = Profile::create(QStringLiteral("Work"));
    p.keyKind = KeyKind::Partner;
    p.projectIds = {QStringLiteral("prj_1"), QStringLiteral("prj_2")};
    p.projectLabels.insert(QStringLiteral("prj_1"), {QStringLiteral("Sales EU"), QStringLiteral("Europe")});
    const QString path = ProfileStore::defaultSettingsPath();
    {
        ProfileStore store(path);
        QVERIFY(store.add(p));
    }
    const auto removeProfiles = qScopeGuard([&path] { QFile::remove(path); }); // the other tests use no profile

    const CliResult human = runCli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(human.exitCode, 0);
    const QList<QByteArray> lines = human.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("NAME") && lines.at(0).endsWith("PROJECT NAMES"), lines.at(0).constData());
    const int projectsAt = int(lines.at(0).indexOf("PROJECTS"));
    QVERIFY(lines.at(1).mid(projectsAt).startsWith("prj_1,prj_2 "));
    QVERIFY2(lines.at(1).endsWith("Sales EU (prj_1), prj_2"), lines.at(1).constData());

    const CliResult json = runCli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(json.out).array().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("projectIds")).toArray(), (QJsonArray{"prj_1", "prj_2"}));
    const QJsonArray projects = row.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 2);
    QCOMPARE(projects.at(0).toObject(), (QJsonObject{{"id", "prj_1"}, {"name", "Sales EU"}, {"workspace", "Europe"}}));
    QCOMPARE(projects.at(1).toObject(), (QJsonObject{{"id", "prj_2"}, {"name", QJsonValue()}, {"workspace", QJsonValue()}}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
