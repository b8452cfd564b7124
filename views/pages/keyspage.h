#pragma once

#include "entitytablepage.h"

class ApiKeyTableModel;
class KeyFilterProxy;
class QComboBox;

// Every key of the organization: filter, sort, the selected key's chart and facts, and the admin
// actions (edit limit, labels, expiry, delete, new key), which this page only requests.
class KeysPage final : public EntityTablePage
{
    Q_OBJECT
public:
    explicit KeysPage(const ViewContext& context, QWidget* parent = nullptr);

    ApiKeyTableModel* model() const { return m_model; }
    KeyFilterProxy* keyProxy() const { return m_proxy; }
    QComboBox* projectFilter() const { return m_projectFilter; }
    QAction* newKeyAction() const { return m_newKey; }
    QAction* deleteAction() const { return m_delete; }
    QAction* labelsAction() const { return m_labels; }
    QAction* expiryAction() const { return m_expiry; }

    // Shows only the keys of a project ("" = all), as the project combo would.
    void showProject(const QString& projectId);

signals:
    void createKeyRequested();
    void deleteKeyRequested(const QString& keyId);
    void editLabelsRequested(const QString& keyId);
    void editExpiryRequested(const QString& keyId);

protected:
    EntityRef entityFor(const QString& id) const override;
    QString countText(int shown, int total) const override;
    int percentColumn() const override;
    QList<int> moneyColumns() const override;
    void applyDefaultColumns() override;

private:
    void reloadProjects();

    ApiKeyTableModel* m_model;
    KeyFilterProxy* m_proxy;
    QComboBox* m_projectFilter;
    QAction* m_newKey;
    QAction* m_labels;
    QAction* m_expiry;
    QAction* m_delete;
    int m_hadProjects = -1; // whether the last snapshot had projects; -1 = not seen yet
};
