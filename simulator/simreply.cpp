#include "simreply.h"

#include "simjson.h"

SimReply SimReply::json(int status, const QByteArray& body)
{
    SimReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

SimReply SimReply::error(int status, const QString& message)
{
    return json(status, SimJson::error(message));
}

SimReply SimReply::noContent()
{
    SimReply reply;
    reply.status = 204;
    return reply;
}
