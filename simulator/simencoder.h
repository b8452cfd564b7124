#pragma once

#include "simorganization.h"
#include "simulator.h"

#include <QByteArray>

class SimJson;

// Writes the response bodies of the read endpoints from the organization's state, money in the form the
// simulator was started with. List items of keys are cached per key without their spend (which changes on
// every simulated tick), so the 10 000-key list costs one pass of appends.
class SimEncoder final
{
public:
    enum class Field : quint64 {
        KeyLimit = 1,
        KeySpend,
        ProjectLimit,
        ProjectSpend,
        GroupLimit,
        GroupSpend,
        Balance,
        UsageSpend
    };

    SimEncoder(const SimOrganization& org, Simulator::MoneyForm form)
        : m_org(org)
        , m_form(form)
    {}

    bool moneyAsString(Field field, quint64 salt) const;

    QByteArray keyList() const;
    QByteArray key(int index) const;
    QByteArray projectList() const;
    QByteArray project(int index) const;
    QByteArray groupList() const;
    QByteArray organization() const;

private:
    const QByteArray& keyListPrefix(int index) const;
    void writeKeyCommon(SimJson& json, int index) const;
    void writeProject(SimJson& json, int index) const;
    static const char* accessName(SimOrganization::Access access);

    const SimOrganization& m_org;
    Simulator::MoneyForm m_form;
};
