#pragma once

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A key = value table with Add and Remove. Rows left entirely empty are ignored; keys and values are
// trimmed. validationError() names the first problem (a value without a key, a key used twice).
class LabelsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit LabelsEditor(QWidget* parent = nullptr);

    void setLabels(const QMap<QString, QString>& labels);
    QMap<QString, QString> labels() const;
    QString validationError() const; // empty when labels() is what the user meant

    void addRow(const QString& key = QString(), const QString& value = QString());
    void removeCurrentRow();
    int rowCount() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void labelsEdited();

private:
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};
