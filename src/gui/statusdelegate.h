// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedtextdelegate.h"

namespace peaka::gui {

// Paints the Status column as a colored icon and the status name, read from
// ExportListModel::StatusCodeRole.
class StatusDelegate final : public CachedTextDelegate
{
    Q_OBJECT
public:
    using CachedTextDelegate::CachedTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace peaka::gui
