#pragma once

#include <QFrame>

class QLabel;

// One key figure on the overview: a small title, a big value and a subtitle line, with a coloured
// accent for warning/critical states (the subtitle always says the state in words as well).
class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    enum class State { Normal, Warning, Critical };

    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setValue(const QString& value);
    void setSubtitle(const QString& subtitle);
    void setState(State state);
    // Also updates the accessible description (value and subtitle).
    void setDetails(const QString& toolTip);

    QString title() const;
    QString value() const;
    QString subtitle() const;
    State state() const { return m_state; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibility();
    void updateFonts();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_subtitle;
    State m_state = State::Normal;
};
