// SPDX-License-Identifier: GPL-3.0-or-later
// Error bodies (JSON, plain text, HTML, XML) → the server's words in the
// sentence for people: no markup, no control or format characters, bounded.
// The first byte picks the Content-Type; the rest is the body.
#include "fuzzsupport.h"

#include "api/apierror.h"
#include "common/peopletext.h"

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray types[] = {"application/json", "text/plain", "text/html; charset=utf-8",
                                       "application/xml", "application/problem+json", ""};
    const QByteArray &contentType = types[data[0] % (sizeof types / sizeof types[0])];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    const QString said = ApiError::extractServerMessage(body, contentType);
    FUZZ_CHECK(said.size() <= 300, QString::number(said.size()));
    FUZZ_CHECK(!hasMarkupOrControls(said), said);
    FUZZ_CHECK(said == said.trimmed(), said);
    FUZZ_CHECK(textForPeople(said) == said, said); // already clean: a second pass changes nothing

    for (ApiError::Kind kind : {ApiError::BadRequest, ApiError::Server, ApiError::RateLimited}) {
        ApiError error(kind, kind == ApiError::Server ? 502 : 400, said);
        const QString sentence = error.message();
        FUZZ_CHECK(!sentence.isEmpty(), error.kindName());
        FUZZ_CHECK(!hasMarkupOrControls(sentence), sentence);
        FUZZ_CHECK(sentence.size() <= 600, QString::number(sentence.size()));
    }
    return 0;
}
