#pragma once

#include <QStyledItemDelegate>

// Paints a share of the monthly limit (basis points from the model's ProgressRole, -1 = no limit) as
// a bar coloured by threshold (green < 80 %, amber 80-100 %, red >= 100 %), with the percentage as
// text and, from 80 %, a hatch pattern and a marker glyph so the state never depends on colour alone.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class State { NoLimit, Ok, Warning, Over };

    // `progressRole`: the model role holding basis points (int or qint64).
    explicit ProgressDelegate(int progressRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static State stateFor(qint64 basisPoints);
    // "82 %", "⚠ 91 %", "⛔ 112 % · over", "no limit"
    static QString textFor(qint64 basisPoints);

private:
    int m_role;
};
