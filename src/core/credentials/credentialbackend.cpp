// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialbackend.h"

namespace peaka {

Q_LOGGING_CATEGORY(lcKeychain, "peaka.keychain")

} // namespace peaka
