#pragma once

#include <QString>

// What an export reports: success, or a sentence for the user ("Could not write … : Permission denied").
struct ExportResult
{
    bool ok = false;
    QString path;
    QString error;

    static ExportResult success(const QString& path) { return {true, path, {}}; }
    static ExportResult failure(const QString& path, const QString& error) { return {false, path, error}; }
    explicit operator bool() const { return ok; }
};
