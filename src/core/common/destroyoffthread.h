// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace peaka {

// Destroys `value` on a pool thread: freeing 100,000 rows (millions of string
// allocations) takes long enough to stall the UI thread.
template<typename T>
void destroyOffThread(T &&value)
{
    using Value = std::decay_t<T>;
    auto holder = std::make_shared<std::optional<Value>>(std::in_place, std::forward<T>(value));
    QThreadPool::globalInstance()->start([holder] { holder->reset(); });
}

} // namespace peaka
