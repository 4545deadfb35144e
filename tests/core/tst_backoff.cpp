// SPDX-License-Identifier: GPL-3.0-or-later
// The one transient-error policy (ApiError::isTransient) and the one Backoff.
#include "api/apierror.h"
#include "api/backoff.h"

#include <QTest>

using namespace peaka;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transient_data();
    void transient();
    void transientHttpStatus_data();
    void transientHttpStatus();
    void retryAfter_data();
    void retryAfter();
    void delay_data();
    void delay();
    void capAndRetryAfter();
};

void TestBackoff::transient_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::newRow("none") << int(ApiError::None) << 0 << false;
    QTest::newRow("network") << int(ApiError::Network) << 0 << true;
    QTest::newRow("timeout") << int(ApiError::Timeout) << 0 << true;
    QTest::newRow("tls") << int(ApiError::Tls) << 0 << false;
    QTest::newRow("unauthorized") << int(ApiError::Unauthorized) << 401 << false;
    QTest::newRow("forbidden") << int(ApiError::Forbidden) << 403 << false;
    QTest::newRow("not found") << int(ApiError::NotFound) << 404 << false;
    QTest::newRow("bad request") << int(ApiError::BadRequest) << 400 << false;
    QTest::newRow("conflict") << int(ApiError::BadRequest) << 409 << false;
    QTest::newRow("request timeout") << int(ApiError::BadRequest) << 408 << true;
    QTest::newRow("rate limited") << int(ApiError::RateLimited) << 429 << true;
    QTest::newRow("server 500") << int(ApiError::Server) << 500 << true;
    QTest::newRow("server 503") << int(ApiError::Server) << 503 << true;
    QTest::newRow("bad response") << int(ApiError::BadResponse) << 200 << true;
    QTest::newRow("invalid input") << int(ApiError::InvalidInput) << 0 << false;
}

void TestBackoff::transient()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(ApiError(ApiError::Kind(kind), status).isTransient(), transient);
}

void TestBackoff::transientHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (int s : {408, 429, 500, 502, 503, 504})
        QTest::newRow(qPrintable(QString::number(s))) << s << true;
    for (int s : {400, 401, 403, 404, 410, 416})
        QTest::newRow(qPrintable(QString::number(s))) << s << false;
}

void TestBackoff::transientHttpStatus()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(ApiError::isTransientHttpStatus(status), transient);
    // A status and its ApiError agree.
    QCOMPARE(ApiError(ApiError::kindForHttpStatus(status), status).isTransient(), transient);
}

void TestBackoff::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("http date") << QByteArray("Wed, 10 Jun 2026 12:00:30 GMT") << 30;
    QTest::newRow("rfc 2822 date") << QByteArray("Wed, 10 Jun 2026 12:01:00 +0000") << 60;
    QTest::newRow("past date") << QByteArray("Wed, 10 Jun 2026 11:00:00 GMT") << 0;
    QTest::newRow("far date is capped at a day") << QByteArray("Fri, 12 Jun 2026 12:00:00 GMT") << 24 * 3600;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    // Fuzz finding (tests/fuzz/corpus/retryafter/): 22 days in seconds was not capped.
    QTest::newRow("fuzz: seconds are capped at a day") << QByteArray("1970120") << 24 * 3600;
    QTest::newRow("beyond int") << QByteArray("99999999999") << 24 * 3600;
}

void TestBackoff::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(Backoff::parseRetryAfter(value, now), expected);
}

void TestBackoff::delay_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 1000 << 30000 << 0 << -1 << 1000;
    QTest::newRow("doubles") << 1000 << 30000 << 1 << -1 << 2000;
    QTest::newRow("doubles again") << 1000 << 30000 << 3 << -1 << 8000;
    QTest::newRow("capped") << 1000 << 30000 << 5 << -1 << 30000;
    QTest::newRow("huge step stays capped") << 1000 << 30000 << 1000 << -1 << 30000;
    QTest::newRow("retry-after is a floor") << 1000 << 30000 << 0 << 5 << 5000;
    QTest::newRow("backoff above retry-after") << 1000 << 30000 << 4 << 5 << 16000;
    QTest::newRow("retry-after past the cap") << 1000 << 30000 << 0 << 600 << 600000;
    QTest::newRow("retry-after zero") << 1000 << 30000 << 1 << 0 << 2000;
    QTest::newRow("never beyond a day") << 1000 << 30000 << 0 << 10 * 24 * 3600 << 24 * 3600 * 1000;
    QTest::newRow("zero base") << 0 << 0 << 3 << -1 << 0;
}

void TestBackoff::delay()
{
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(int, step);
    QFETCH(int, retryAfter);
    QFETCH(int, expected);
    QCOMPARE(Backoff(base, cap).delayMs(step, retryAfter), expected);
    ApiError e(ApiError::RateLimited, 429);
    e.setRetryAfterSecs(retryAfter);
    QCOMPARE(Backoff(base, cap).delayMs(step, e), expected);
}

void TestBackoff::capAndRetryAfter()
{
    const Backoff b(1000, 30000);
    QVERIFY(!b.exceedsCap(-1));
    QVERIFY(!b.exceedsCap(0));
    QVERIFY(!b.exceedsCap(30));
    QVERIFY(b.exceedsCap(31));
    QCOMPARE(b.baseMs(), 1000);
    QCOMPARE(b.capMs(), 30000);
    QCOMPARE(Backoff(-5, -5).delayMs(2), 0);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
