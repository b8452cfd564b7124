#pragma once

#include "entitytablepage.h"

class ProjectFilterProxy;
class ProjectTableModel;
class QComboBox;

// The organization's projects (private and shared) against their monthly limits. When the server
// has no project endpoints (the public Requesty API today) it explains that projects are managed in
// the Requesty console and that key limits still work here.
class ProjectsPage final : public EntityTablePage
{
    Q_OBJECT
public:
    explicit ProjectsPage(const ViewContext& context, QWidget* parent = nullptr);

    ProjectTableModel* model() const { return m_model; }
    ProjectFilterProxy* projectProxy() const { return m_proxy; }
    QComboBox* kindFilter() const { return m_kind; }
    bool isShowingNoProjectsNote() const { return m_noProjects; }
    QAction* showKeysAction() const { return m_showKeys; }

signals:
    // "Show its keys": the Keys page filtered to this project.
    void showKeysRequested(const QString& projectId);

protected:
    EntityRef entityFor(const QString& id) const override;
    QString countText(int shown, int total) const override;
    int percentColumn() const override;
    QList<int> moneyColumns() const override;
    void applyDefaultColumns() override;
    void updateActions() override;

private:
    void updateAvailability();

    ProjectTableModel* m_model;
    ProjectFilterProxy* m_proxy;
    QComboBox* m_kind;
    QAction* m_showKeys;
    bool m_noProjects = false;
};
