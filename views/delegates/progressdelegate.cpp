#include "progressdelegate.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QPainter>

ProgressDelegate::ProgressDelegate(int progressRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(progressRole)
{}

ProgressDelegate::State ProgressDelegate::stateFor(qint64 basisPoints)
{
    if (basisPoints < 0)
        return State::NoLimit;
    if (basisPoints >= 10000)
        return State::Over;
    if (basisPoints >= 8000)
        return State::Warning;
    return State::Ok;
}

QString ProgressDelegate::textFor(qint64 basisPoints)
{
    const QLocale locale;
    const QString percent = locale.toString(double(basisPoints) / 100.0, 'f', basisPoints >= 100000 ? 0 : 1);
    switch (stateFor(basisPoints)) {
    case State::NoLimit:
        return tr("no limit");
    case State::Ok:
        return tr("%1 %").arg(percent);
    case State::Warning:
        return tr("▲ %1 %").arg(percent);
    case State::Over:
        return tr("■ %1 % · over").arg(percent);
    }
    return QString();
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background (selection, alternate rows) from the style; the text is drawn here.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant v = index.data(m_role);
    if (!v.isValid())
        return;
    const qint64 bp = v.toLongLong();
    const State state = stateFor(bp);
    const ChartStyle colours(option.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    if (state != State::NoLimit) {
        const QColor fill = colours.forBasisPoints(bp);
        QColor track = option.palette.color(QPalette::Mid);
        track.setAlpha(60);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(cell, 3, 3);
        const double share = std::clamp(double(bp) / 10000.0, 0.0, 1.0);
        QRect bar = cell;
        bar.setWidth(std::max(2, int(cell.width() * share)));
        QColor soft = fill;
        soft.setAlpha(110);
        painter->setBrush(soft);
        painter->drawRoundedRect(bar, 3, 3);
        if (state != State::Ok) {
            // The pattern marks the state for readers who cannot tell the colours apart.
            painter->setBrush(QBrush(fill, state == State::Over ? Qt::DiagCrossPattern : Qt::BDiagPattern));
            painter->drawRoundedRect(bar, 3, 3);
        }
        // A solid edge at the right end of the fill, in the full colour.
        painter->setPen(QPen(fill, 2));
        painter->drawLine(bar.topRight() + QPoint(0, 1), bar.bottomRight() - QPoint(0, 1));
    }

    QFont font = option.font;
    if (state == State::Over)
        font.setBold(true);
    painter->setFont(font);
    const QString text = textFor(bp);
    const QRect textArea = cell.adjusted(6, 0, -6, 0);
    if (state != State::NoLimit) {
        // A soft plate under the text so the bar's edge and hatching never cross the digits.
        const QFontMetrics fm(font);
        QRect plate(0, 0, fm.horizontalAdvance(text) + 8, fm.height());
        plate.moveCenter(QPoint(textArea.right() - plate.width() / 2 + 4, textArea.center().y()));
        QColor base = option.palette.color(QPalette::Base);
        base.setAlpha(190);
        painter->setPen(Qt::NoPen);
        painter->setBrush(base);
        painter->drawRoundedRect(plate, 3, 3);
    }
    const QColor mutedText = selected ? textColor : colours.muted();
    painter->setPen(state == State::NoLimit ? mutedText : option.palette.color(QPalette::Text));
    painter->drawText(textArea, Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int textWidth = option.fontMetrics.horizontalAdvance(textFor(112345)) + 24;
    s.setWidth(std::max({s.width(), textWidth, 140}));
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 10));
    return s;
}
