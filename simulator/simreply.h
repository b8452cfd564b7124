#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer before transport faults are applied: status, JSON body, extra headers.
struct SimReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QByteArray& body);
    static SimReply error(int status, const QString& message);
    static SimReply noContent();
};
