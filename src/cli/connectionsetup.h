// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace peaka::cli {

class CliContext;

// Fills ctx.client, ctx.projectId and ctx.apiKey from the options, the
// environment (PEAKA_API_KEY overrides everything) and, with --profile, the
// saved profile and its keychain entry. Calls `ready` on success, otherwise
// ends the program with a sentence.
void setUpConnection(CliContext &ctx, std::function<void()> ready);

} // namespace peaka::cli
