// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError sentences, server-message extraction, Retry-After, base URLs.
#include "api/apierror.h"
#include "credentials/apikey.h"
#include "api/baseurl.h"
#include "common/peopletext.h"

#include <QTest>

using namespace peaka;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverMessage_data();
    void serverMessage();
    void sentenceIncludesServerWords();
    void sentenceNeverDumpsHtml();
    void textForPeopleIsBounded();
    void kindForStatus_data();
    void kindForStatus();
    void baseUrl_data();
    void baseUrl();
    void origins();
    void joinEncodesSegments();
    void keyPrefix();
};

void TestApiError::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json message") << QByteArray(R"({"message": "Invalid API key"})") << QByteArray("application/json") << "Invalid API key";
    QTest::newRow("json error") << QByteArray(R"({"error": "Project not found"})") << QByteArray("application/json") << "Project not found";
    QTest::newRow("json detail") << QByteArray(R"({"detail": "limit must be an integer"})") << QByteArray("application/problem+json") << "limit must be an integer";
    QTest::newRow("json nested") << QByteArray(R"({"error": {"code": 7, "message": "Quota exceeded"}})") << QByteArray("application/json") << "Quota exceeded";
    QTest::newRow("json without text") << QByteArray(R"({"code": 7})") << QByteArray("application/json") << QString();
    QTest::newRow("plain text") << QByteArray("upstream connect error\nmore detail") << QByteArray("text/plain") << "upstream connect error";
    QTest::newRow("html title") << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1><script>x()</script></body></html>") << QByteArray("text/html") << "502 Bad Gateway";
    QTest::newRow("html without title") << QByteArray("<html><body><p>oops</p></body></html>") << QByteArray("text/html") << QString();
    QTest::newRow("s3 xml") << QByteArray("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>") << QByteArray("application/xml") << "Request has expired";
    QTest::newRow("empty") << QByteArray("  ") << QByteArray("text/plain") << QString();
    QTest::newRow("huge text") << QByteArray(5000, 'x') << QByteArray("text/plain") << QString();
    // Fuzz findings (tests/fuzz/corpus/apierror/): markup that does not start the body.
    QTest::newRow("fuzz: tag inside plain text") << QByteArray("Error<body>x<") << QByteArray("text/plain") << QString();
    QTest::newRow("fuzz: cut tag") << QByteArray("oops <b") << QByteArray("") << QString();
    // Fuzz finding: controls inside "<!-\x01-" hid a comment that only formed once they were dropped.
    QTest::newRow("fuzz: comment behind controls")
        << QByteArray("{\"errorCode\": \"INVALID_KEY\", \"mess\x92" "age\": \"Inva<!-\x01\x00\x00\x06-lid API key\"}", 67)
        << QByteArray("application/json") << QStringLiteral("{\"errorCode\": \"INVALID_KEY\", \"mess\uFFFDage\": \"Inva");
    QTest::newRow("fuzz: tag behind a format character") << QByteArray("a <\xE2\x80\x8B" "b>c") << QByteArray("text/plain") << QStringLiteral("a c");
    QTest::newRow("json markup") << QByteArray(R"({"message": "<b>Quota</b> exceeded"})") << QByteArray("application/json") << "Quota exceeded";
    QTest::newRow("json controls") << QByteArray("{\"message\": \"a\\u0007b\\u202ec\\u0000\"}") << QByteArray("application/json") << "abc";
    QTest::newRow("comparison kept") << QByteArray("limit must be < 1000") << QByteArray("text/plain") << "limit must be < 1000";
}

void TestApiError::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    const QString said = ApiError::extractServerMessage(body, contentType);
    QCOMPARE(said, expected);
    QVERIFY(!hasMarkupOrControls(said));
    QCOMPARE(textForPeople(said), said);
}

void TestApiError::sentenceIncludesServerWords()
{
    ApiError e(ApiError::BadRequest, 400, QStringLiteral("Column 'foo' does not exist"));
    QVERIFY(e.message().contains(QStringLiteral("Column 'foo' does not exist")));
    QVERIFY(e.message().contains(QStringLiteral("400")));
    ApiError r(ApiError::RateLimited, 429);
    r.setRetryAfterSecs(7);
    QVERIFY(r.message().contains(QStringLiteral("7 second")));
    for (int k = ApiError::Network; k <= ApiError::InvalidInput; ++k) {
        ApiError any(ApiError::Kind(k), 500);
        QVERIFY2(!any.message().isEmpty(), qPrintable(any.kindName()));
        QVERIFY(any.message().endsWith(QLatin1Char('.')));
    }
    QVERIFY(ApiError().message().isEmpty());
}

void TestApiError::sentenceNeverDumpsHtml()
{
    const QByteArray page = "<html><head><title>Service Unavailable</title><style>body{}</style></head>"
                            "<body><div class=x>Please try later</div></body></html>";
    ApiError e(ApiError::Server, 503, ApiError::extractServerMessage(page, "text/html"));
    QVERIFY(!e.message().contains(QLatin1Char('<')));
    QVERIFY(e.message().contains(QStringLiteral("Service Unavailable")));
}

void TestApiError::textForPeopleIsBounded()
{
    // 299 letters, then an emoji (a surrogate pair) across the cut: never half a pair.
    const QString longText = QString(299, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("tail");
    const QString cut = textForPeople(longText, 300);
    QVERIFY(cut.size() <= 300);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
    QCOMPARE(textForPeople(QStringLiteral("a\tb\r\nc")), QStringLiteral("a b c"));
    QCOMPARE(textForPeople(QStringLiteral("x<!-- hidden -->y")), QStringLiteral("x y"));
    QVERIFY(!hasMarkupOrControls(textForPeople(QStringLiteral("\x1b[31mred\x7f"))));
    QVERIFY(hasMarkupOrControls(QStringLiteral("<i>")));
    QVERIFY(hasMarkupOrControls(QStringLiteral("x<")));
    QVERIFY(!hasMarkupOrControls(QStringLiteral("a < b")));
}

void TestApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("200") << 200 << int(ApiError::None);
    QTest::newRow("202") << 202 << int(ApiError::None);
    QTest::newRow("400") << 400 << int(ApiError::BadRequest);
    QTest::newRow("401") << 401 << int(ApiError::Unauthorized);
    QTest::newRow("403") << 403 << int(ApiError::Forbidden);
    QTest::newRow("404") << 404 << int(ApiError::NotFound);
    QTest::newRow("409") << 409 << int(ApiError::BadRequest);
    QTest::newRow("429") << 429 << int(ApiError::RateLimited);
    QTest::newRow("500") << 500 << int(ApiError::Server);
    QTest::newRow("503") << 503 << int(ApiError::Server);
}

void TestApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QCOMPARE(int(ApiError::kindForHttpStatus(status)), kind);
}

void TestApiError::baseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = refused
    QTest::newRow("default") << "https://partner.peaka.studio/api/v1" << "https://partner.peaka.studio/api/v1";
    QTest::newRow("trailing slashes") << "https://partner.peaka.studio/api/v1///" << "https://partner.peaka.studio/api/v1";
    QTest::newRow("spaces") << "  https://x.example/api/v1/ " << "https://x.example/api/v1";
    QTest::newRow("upper scheme") << "HTTPS://x.example/api" << "https://x.example/api";
    QTest::newRow("http remote") << "http://partner.peaka.studio/api/v1" << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/v1/" << "http://127.0.0.1:8080/api/v1";
    QTest::newRow("http localhost") << "http://localhost:8080" << "http://localhost:8080";
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/api" << "http://[::1]:8080/api";
    QTest::newRow("ftp") << "ftp://x.example" << "";
    QTest::newRow("no host") << "https://" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("user info") << "https://user:pw@x.example/api" << "";
    QTest::newRow("query") << "https://x.example/api?x=1" << "";
    // Fuzz finding (tests/fuzz/corpus/baseurl/): the URL shows "a b" and must read back.
    QTest::newRow("fuzz: encoded space") << "  https://example.com/a%20b  " << "https://example.com/a b";
    // Fuzz finding: a path ending in spaces showed them, and trimming them the
    // second time gave another URL.
    QTest::newRow("fuzz: trailing space in the path") << "https://example.com/a%20/" << "https://example.com/a";
    QTest::newRow("fuzz: spaces and slashes at the end") << "https://example.com/a/ // " << "https://example.com/a";
    QTest::newRow("fuzz: os://o") << QStringLiteral("https://os://o////////%////////https:") + QString(37, QLatin1Char(' '))
            + QStringLiteral("//%////////https:") + QString(36, QLatin1Char(' ')) + QStringLiteral("////////")
        << QStringLiteral("https://os//o////////%25////////https:") + QString(37, QLatin1Char(' ')) + QStringLiteral("//%25////////https:");
}

void TestApiError::baseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = BaseUrl::normalise(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
        // What the profile dialog shows is accepted again, unchanged.
        QCOMPARE(BaseUrl::normalise(url.toString(), &error), url);
    }
}

void TestApiError::origins()
{
    QVERIFY(BaseUrl::sameOrigin(QUrl(QStringLiteral("https://a.example/api")), QUrl(QStringLiteral("https://A.example:443/x"))));
    QVERIFY(!BaseUrl::sameOrigin(QUrl(QStringLiteral("https://a.example")), QUrl(QStringLiteral("http://a.example"))));
    QVERIFY(!BaseUrl::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:1000")), QUrl(QStringLiteral("http://127.0.0.1:1001"))));
    QVERIFY(!BaseUrl::sameOrigin(QUrl(QStringLiteral("https://a.example")), QUrl(QStringLiteral("https://b.example"))));
}

void TestApiError::joinEncodesSegments()
{
    const QUrl u = BaseUrl::join(QUrl(QStringLiteral("https://x.example/api/v1")),
                                 {QStringLiteral("data"), QStringLiteral("a/b c"), QStringLiteral("..")});
    QCOMPARE(u.toString(QUrl::FullyEncoded), QStringLiteral("https://x.example/api/v1/data/a%2Fb%20c/.."));
}

void TestApiError::keyPrefix()
{
    QCOMPARE(ApiKey::publicPrefix(QStringLiteral("TtgGcQFq.s3fzROFoop8uHG4pS2LYhoqn1rLb6oW6")), QStringLiteral("TtgGcQFq"));
    QCOMPARE(ApiKey::publicPrefix(QStringLiteral("nodot")), QString());
    QCOMPARE(ApiKey::masked(QStringLiteral("hBWIQxjc.secret")), QStringLiteral("hBWIQxjc.\u2022\u2022\u2022\u2022"));
    QVERIFY(!ApiKey::masked(QStringLiteral("hBWIQxjc.secret")).contains(QStringLiteral("secret")));
    QVERIFY(!ApiKey::looksValid(QStringLiteral("a b")));
    QVERIFY(ApiKey::looksValid(QStringLiteral("a.b")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
