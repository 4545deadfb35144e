// SPDX-License-Identifier: GPL-3.0-or-later
// S3-style XML error bodies (<Error><Code>…</Code><Message>…</Message>) from
// the storage: what reaches people has no markup or control characters and a
// bounded length.
#include "fuzzsupport.h"

#include "common/peopletext.h"
#include "downloads/storageheaders.h"

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const char *field : {"Code", "Message", "RequestId"}) {
        const QString text = storageErrorField(body, field);
        FUZZ_CHECK(text.size() <= 300, QString::number(text.size()));
        FUZZ_CHECK(!hasMarkupOrControls(text), text);
        FUZZ_CHECK(textForPeople(text) == text, text);
        if (!body.contains(field))
            FUZZ_CHECK(text.isEmpty(), text);
    }
    return 0;
}
