// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "api/peakaclient.h"

#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace peaka::cli {

int exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::None: return ExitOk;
    case ApiError::Network:
    case ApiError::Timeout:
    case ApiError::Tls: return ExitNetwork;
    case ApiError::Unauthorized:
    case ApiError::Forbidden: return ExitAuth;
    case ApiError::NotFound: return ExitNotFound;
    case ApiError::InvalidInput: return ExitUsage;
    case ApiError::BadRequest:
    case ApiError::RateLimited:
    case ApiError::Server:
    case ApiError::BadResponse: return ExitApi;
    }
    return ExitApi;
}

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_owner(std::make_unique<QObject>())
{
}

CliContext::~CliContext()
{
    while (!m_kept.empty())
        m_kept.pop_back();
    m_owner.reset();
    m_out.flush();
    m_err.flush();
}

void CliContext::fail(int code, const QString &sentence)
{
    m_out.flush();
    m_err << sentence << Qt::endl;
    finish(code);
}

void CliContext::failWith(const ApiError &error)
{
    if (error.kind() != ApiError::Unauthorized) {
        fail(exitCodeFor(error), error.message());
        return;
    }
    QString sentence = keyProfile.isEmpty()
        ? tr("The API key in $PEAKA_API_KEY was rejected (HTTP 401). Set PEAKA_API_KEY to a valid key, or "
             "unset it and pass --profile NAME to use a saved profile's key.")
        : tr("The API key of profile \u201c%1\u201d was rejected (HTTP 401). Store a valid key: in the app "
             "(Connection \u25b8 Manage Connections\u2026), or with \u201cpeaka-exports-cli profiles remove %1\u201d "
             "and \u201cprofiles add %1 \u2026 --key-stdin\u201d; or set PEAKA_API_KEY for this shell.")
              .arg(keyProfile);
    if (!error.serverMessage().isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(error.serverMessage());
    fail(ExitAuth, sentence);
}

void CliContext::finish(int code)
{
    m_out.flush();
    m_err.flush();
    // Leave from the event loop, never from inside a signal handler's caller chain.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

bool CliContext::requireProject()
{
    if (!projectId.isEmpty())
        return true;
    fail(ExitUsage, tr("No project: pass --project ID or set PEAKA_PROJECT."));
    return false;
}

bool CliContext::stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) != 0;
#else
    return false;
#endif
}

void withExport(CliContext &ctx, const QString &usage, std::function<void(const ExportJob &job)> then)
{
    if (!ctx.requireProject())
        return;
    if (ctx.args.size() != 1) {
        ctx.fail(ExitUsage, usage);
        return;
    }
    auto *request = ctx.client->readExport(ctx.projectId, ctx.args.first());
    QObject::connect(request, &ExportRequest::finished, request,
                     [&ctx, then = std::move(then)](const ExportResult &result) {
        if (!result.ok()) {
            ctx.failWith(result.error);
            return;
        }
        then(result.value);
    });
}

} // namespace peaka::cli
