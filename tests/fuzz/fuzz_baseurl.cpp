// SPDX-License-Identifier: GPL-3.0-or-later
// What people type as the API base URL → a URL the key may be sent to:
// https (http only to this computer), a host, no user, query or fragment, no
// trailing slash; normalising again changes nothing; refusals say why.
#include "fuzzsupport.h"

#include "api/baseurl.h"

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const QUrl url = BaseUrl::normalise(input, &error);
    if (!url.isValid()) {
        FUZZ_CHECK(!error.isEmpty(), input.left(80));
        return 0;
    }
    const QString shown = url.toString().left(120);
    FUZZ_CHECK(error.isEmpty(), error);
    FUZZ_CHECK(!url.host().isEmpty(), shown);
    FUZZ_CHECK(url.scheme() == QLatin1String("https")
                   || (url.scheme() == QLatin1String("http") && BaseUrl::isLoopbackHost(url.host())),
               shown);
    FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment(), shown);
    FUZZ_CHECK(!url.path().endsWith(QLatin1Char('/')), shown);
    FUZZ_CHECK(BaseUrl::sameOrigin(url, url), shown);

    QString again;
    const QUrl twice = BaseUrl::normalise(url.toString(), &again);
    // What the profile dialog shows and the store saves (toString) reads back the same.
    FUZZ_CHECK(twice.isValid() && twice.toString() == url.toString(),
               shown + QStringLiteral(" became ") + twice.toString().left(120) + again);

    const QUrl joined = BaseUrl::join(url, {QStringLiteral("projects"), QStringLiteral("a/b?c#d"), QStringLiteral("exports")});
    FUZZ_CHECK(joined.isValid() && BaseUrl::sameOrigin(joined, url), joined.toString().left(120));
    FUZZ_CHECK(!joined.hasQuery() && !joined.hasFragment(), joined.toString().left(120));
    return 0;
}
