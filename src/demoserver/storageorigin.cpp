// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageorigin.h"

#include "demoserver_p.h"
#include "filestream.h"
#include "httpbackend.h"
#include "presign.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUuid>

namespace peaka::demo {

namespace {

QByteArray xmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray s3Error(const QByteArray &code, const QString &message, const QString &resource,
                   const QByteArray &extra = {})
{
    const QByteArray requestId = QUuid::createUuid().toRfc4122().toHex().left(16).toUpper();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
        + xmlEscape(message) + "</Message>" + extra + "<BucketName>export</BucketName><Resource>"
        + xmlEscape(resource) + "</Resource><RequestId>" + requestId + "</RequestId><HostId>"
        + QCryptographicHash::hash(requestId, QCryptographicHash::Sha256).toBase64() + "</HostId></Error>";
}

QByteArray contentTypeFor(const QString &name)
{
    if (name.endsWith(QLatin1String(".gz")))
        return "application/gzip";
    if (name.endsWith(QLatin1String(".jsonl")))
        return "application/x-ndjson";
    if (name.endsWith(QLatin1String(".csv")))
        return "text/csv";
    return "application/octet-stream";
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

// Parses "bytes=N-", "bytes=N-M" and "bytes=-S". false = no usable single range (serve it all).
bool parseRange(const QByteArray &header, qint64 total, qint64 *from, qint64 *to, bool *unsatisfiable)
{
    *unsatisfiable = false;
    if (!header.startsWith("bytes=") || header.contains(','))
        return false;
    const QByteArray spec = header.mid(6).trimmed();
    const int dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    bool okA = false, okB = false;
    const QByteArray a = spec.left(dash).trimmed(), b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) { // suffix range
        const qint64 suffix = b.toLongLong(&okB);
        if (!okB || suffix <= 0)
            return false;
        *from = qMax<qint64>(0, total - suffix);
        *to = total;
        *unsatisfiable = total == 0;
        return true;
    }
    const qint64 start = a.toLongLong(&okA);
    if (!okA || start < 0)
        return false;
    qint64 last = total - 1;
    if (!b.isEmpty()) {
        last = b.toLongLong(&okB);
        if (!okB || last < start)
            return false;
    }
    if (start >= total) {
        *unsatisfiable = true;
        return true;
    }
    *from = start;
    *to = qMin(last, total - 1) + 1;
    return true;
}

// The object key's last segment for a file name. Lookup goes by index; the name is
// there for realism and is signed, so it must survive a client's URL normalisation.
QString objectName(const QString &fileName)
{
    if (fileName.isEmpty() || fileName == QLatin1String(".") || fileName == QLatin1String(".."))
        return QLatin1Char('_') + fileName;
    return fileName;
}

} // namespace

StorageOrigin::StorageOrigin(DemoServerPrivate *dd)
    : d(dd)
{
}

QDateTime StorageOrigin::signingTime() const
{
    const QDateTime t = d->now();
    return t.addMSecs(-t.time().msec()); // X-Amz-Date has whole seconds
}

QUrl StorageOrigin::fileUrl(const DemoExport &job, int index, qint64 lifetimeSec) const
{
    const QStringList segments{QStringLiteral("export"), job.projectId, job.id, QString::number(index),
                               objectName(job.files.at(index).name)};
    return presignUrl(d->storageBase(), segments, signingTime(), lifetimeSec, d->secret);
}

QList<QJsonObject> StorageOrigin::fileLinks(const DemoExport &job, QDateTime *expiresAt) const
{
    const qint64 lifetime = d->scenario.linkLifetimeSec;
    if (expiresAt)
        *expiresAt = signingTime().addSecs(lifetime);
    if (d->linkProvider)
        return d->linkProvider(job.id);
    QList<QJsonObject> out;
    for (int i = 0; i < job.files.size(); ++i) {
        const DemoFile &f = job.files.at(i);
        out.append(QJsonObject{{QStringLiteral("name"), f.name},
                               {QStringLiteral("url"), fileUrl(job, i, lifetime).toString(QUrl::FullyEncoded)},
                               {QStringLiteral("bytes"), f.advertisedBytes >= 0 ? f.advertisedBytes : f.contentSize()}});
    }
    return out;
}

void StorageOrigin::handle(const RecordedRequest &request, HttpReply *reply)
{
    d->record(request);
    d->advanceJobs();
    const QString resource = request.url.path();
    const HeaderList xml{{"Content-Type", "application/xml"}};
    const bool head = request.method == "HEAD";
    const auto fail = [&](int status, const QByteArray &code, const QString &message, const QByteArray &extra = {},
                          HeaderList headers = {}) {
        headers += xml;
        reply->respond(status, headers, head ? QByteArray() : s3Error(code, message, resource, extra));
    };

    if (request.method != "GET" && !head)
        return fail(405, "MethodNotAllowed", QStringLiteral("The specified method is not allowed against this resource."));
    if (!request.header("Authorization").isEmpty())
        return fail(400, "InvalidArgument",
                    QStringLiteral("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                                   "Signature query string parameter or the Authorization header should be specified"),
                    "<ArgumentName>Authorization</ArgumentName>"); // never echo the credential back

    QStringList seg;
    const QDateTime now = d->now();
    switch (checkPresignedUrl(request.url, now, d->secret, &seg)) {
    case LinkCheck::Ok:
        break;
    case LinkCheck::Missing:
        return fail(403, "AccessDenied",
                    QStringLiteral("Query-string authentication version 4 requires the X-Amz-Algorithm, "
                                   "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, "
                                   "and X-Amz-Expires parameters."));
    case LinkCheck::BadSignature:
        return fail(403, "SignatureDoesNotMatch",
                    QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                   "Check your key and signing method."));
    case LinkCheck::Expired:
        return fail(403, "AccessDenied", QStringLiteral("Request has expired"),
                    "<X-Amz-Expires>" + request.url.query().section(QLatin1String("X-Amz-Expires="), 1).section(QLatin1Char('&'), 0, 0).toUtf8()
                        + "</X-Amz-Expires><ServerTime>" + now.toString(Qt::ISODate).toUtf8() + "</ServerTime>");
    }

    const DemoExport *job = seg.size() >= 5 ? d->find(seg.at(2)) : nullptr;
    bool okIndex = false;
    const int index = seg.size() >= 5 ? seg.at(3).toInt(&okIndex) : -1;
    if (!job || seg.at(0) != QLatin1String("export") || job->projectId != seg.at(1)
        || job->status != QLatin1String("SUCCEEDED") || !okIndex || index < 0 || index >= job->files.size()
        || objectName(job->files.at(index).name) != seg.mid(4).join(QLatin1Char('/')))
        return fail(404, "NoSuchKey", QStringLiteral("The specified key does not exist."),
                    "<Key>" + xmlEscape(seg.mid(1).join(QLatin1Char('/'))) + "</Key>");

    const DemoFile &file = job->files.at(index);
    const qint64 total = file.contentSize();
    qint64 from = 0, to = total;
    bool unsatisfiable = false;
    const bool ranged = parseRange(request.header("Range"), total, &from, &to, &unsatisfiable);
    if (ranged && unsatisfiable)
        return fail(416, "InvalidRange", QStringLiteral("The requested range is not satisfiable"),
                    "<RangeRequested>" + xmlEscape(QString::fromLatin1(request.header("Range")))
                        + "</RangeRequested><ActualObjectSize>" + QByteArray::number(total) + "</ActualObjectSize>",
                    {{"Content-Range", "bytes */" + QByteArray::number(total)}});

    HeaderList headers{{"Content-Type", contentTypeFor(file.name)},
                       {"Accept-Ranges", "bytes"},
                       {"ETag", '"' + QCryptographicHash::hash((job->id + file.name).toUtf8(), QCryptographicHash::Md5).toHex() + '"'},
                       {"Last-Modified", httpDate(job->finishedAt.isValid() ? job->finishedAt : job->createdAt)}};
    if (ranged)
        headers.append({"Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to - 1) + '/'
                                             + QByteArray::number(total)});
    reply->writeHead(ranged ? 206 : 200, headers, to - from);
    if (head) {
        reply->finish();
        return;
    }
    qint64 dropAfter = -1;
    Scenario &s = d->scenario;
    if (s.storageDropAfterBytes >= 0) {
        dropAfter = s.storageDropAfterBytes;
        if (s.storageDropCount > 0 && --s.storageDropCount == 0)
            s.storageDropAfterBytes = -1; // counted drops used up: back to normal
    }
    auto *stream = new FileStream(reply, file, from, to, dropAfter, s.storageBytesPerSecond);
    stream->start();
}

} // namespace peaka::demo
