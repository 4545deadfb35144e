// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHashFunctions>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace peaka::gui {

// Paints like QStyledItemDelegate, but a cell's one line of text comes from a
// cache of laid-out text (QStaticText by text, font and width): the style
// still paints background, selection, focus and icon. The export table
// repaints every visible cell after each slice of a refresh that inserts rows
// above them; shaping and eliding ~250 cells' text anew cost 8-11 ms a paint
// (most of a frame), from the cache about a third of that. Text that is not
// one left-to-right line, or may wrap (the view's wordWrap), falls back to
// QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    int cachedTexts() const { return int(m_texts.size()); }

    struct Key
    {
        QString text;
        int width = 0;
        size_t font = 0; // qHash of the font: QFont::key() built a string per cell
        int elide = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.font == b.font && a.elide == b.elide && a.text == b.text;
        }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.text, k.width, k.font, k.elide); }
    };

private:
    mutable QCache<Key, QStaticText> m_texts{2048}; // the cells of a few screens
};

} // namespace peaka::gui
