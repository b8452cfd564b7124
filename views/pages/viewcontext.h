#pragma once

class AlertListModel;
class AppSettings;
class AuditLog;
class CurrencyRates;
class LocalHistory;
class OrgStore;
class ThresholdMonitor;

// What the pages need from the composition root. Nothing here is owned by the views; optional
// parts (alerts, audit log) may be null and the pages then explain what is missing.
struct ViewContext
{
    OrgStore* store = nullptr;
    AppSettings* settings = nullptr;
    AlertListModel* alerts = nullptr;
    ThresholdMonitor* monitor = nullptr;
    AuditLog* auditLog = nullptr;
    LocalHistory* history = nullptr;         // usage history of the profile (charts beyond the API window)
    const CurrencyRates* currency = nullptr; // display currency and its dated rates; null = US dollars
};
