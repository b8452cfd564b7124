#include "api/apierror.h"

#include <QTest>

using Kind = ApiError::Kind;

class tst_ApiError : public QObject
{
    Q_OBJECT
private slots:
    void kindForStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("200") << 200 << Kind::None;
        QTest::newRow("204") << 204 << Kind::None;
        QTest::newRow("400") << 400 << Kind::BadRequest;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("402") << 402 << Kind::OutOfCredit;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("409") << 409 << Kind::Conflict;
        QTest::newRow("412") << 412 << Kind::BadRequest;
        QTest::newRow("418") << 418 << Kind::BadRequest;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("599") << 599 << Kind::Server;
        QTest::newRow("302 unfollowed") << 302 << Kind::BadResponse;
        QTest::newRow("101") << 101 << Kind::BadResponse;
        QTest::newRow("0") << 0 << Kind::BadResponse;
    }
    void kindForStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QCOMPARE(ApiError::kindForStatus(status), kind);
        const ApiError e = ApiError::fromHttpStatus(status, QStringLiteral("server words"));
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.isError(), kind != Kind::None);
    }

    void userMessages_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unauthorized") << ApiError(Kind::Unauthorized, 401)
                                      << QStringLiteral("The key was rejected: check it in Settings.");
        QTest::newRow("forbidden") << ApiError(Kind::Forbidden, 403)
                                   << QStringLiteral("This key may not do that: it may have been revoked, or it lacks "
                                                     "the management permission (read to view, write to change). "
                                                     "Check the key in Settings.");
        QTest::newRow("credit") << ApiError(Kind::OutOfCredit, 402)
                                << QStringLiteral("The organization is out of credit: top up in the Requesty console.");
        QTest::newRow("not found") << ApiError(Kind::NotFound, 404)
                                   << QStringLiteral(
                                          "It no longer exists on the server: it may have been deleted elsewhere.");
        ApiError limited(Kind::RateLimited, 429);
        limited.setRetryAfterSecs(7);
        QTest::newRow("rate limited") << limited
                                      << QStringLiteral("The server is busy: Spendboard will try again in 7 s.");
        QTest::newRow("timeout") << ApiError(Kind::Timeout) << QStringLiteral("The server did not answer in time.");
        QTest::newRow("network") << ApiError(Kind::Network)
                                 << QStringLiteral("Cannot reach the server: check your connection.");
        QTest::newRow("tls") << ApiError(Kind::Tls)
                             << QStringLiteral(
                                    "The server's security certificate is not valid; the connection was refused.");
        QTest::newRow("insecure") << ApiError(Kind::Insecure)
                                  << QStringLiteral(
                                         "Refusing to send the key over an unencrypted connection: use https://.");
        QTest::newRow("server") << ApiError(Kind::Server, 503)
                                << QStringLiteral("The server had a problem (HTTP 503); this is usually temporary.");
        QTest::newRow("bad response") << ApiError::badResponse(QStringLiteral("keys[3].monthly_spend"),
                                                               QStringLiteral("not a number"))
                                      << QStringLiteral("The server sent data Spendboard could not read "
                                                        "(keys[3].monthly_spend: not a number).");
        QTest::newRow("no credentials") << ApiError(Kind::NoCredentials)
                                        << QStringLiteral("No management key is stored for this profile.");
        QTest::newRow("bad request with server words")
            << ApiError(Kind::BadRequest, 400, QStringLiteral("monthly_limit must be a number"))
            << QStringLiteral("The server refused the request (HTTP 400): monthly_limit must be a number");
    }
    void userMessages()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, expected);
        QCOMPARE(error.userMessage(), expected);
    }

    void everyKindHasWordsAndATechnicalText()
    {
        for (int k = int(Kind::Network); k <= int(Kind::Cancelled); ++k) {
            const ApiError e(Kind(k), 0, {}, QStringLiteral("detail"));
            QVERIFY2(!e.userMessage().isEmpty(), qPrintable(ApiError::kindName(Kind(k))));
            QVERIFY(e.technicalText().startsWith(ApiError::kindName(Kind(k))));
            QVERIFY(e.technicalText().contains(QStringLiteral("detail")));
            QVERIFY(ApiError::kindName(Kind(k)) != QStringLiteral("Unknown"));
        }
        QVERIFY(ApiError().userMessage().isEmpty());
        QVERIFY(!ApiError().isError());
    }

    void technicalTextHasStatusAndServerWords()
    {
        ApiError e(Kind::RateLimited, 429, QStringLiteral("slow down"));
        e.setRetryAfterSecs(30);
        const QString text = e.technicalText();
        QVERIFY(text.contains(QStringLiteral("RateLimited")));
        QVERIFY(text.contains(QStringLiteral("HTTP 429")));
        QVERIFY(text.contains(QStringLiteral("slow down")));
        QVERIFY(text.contains(QStringLiteral("30 s")));
    }

    void transient_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("network") << Kind::Network << true;
        QTest::newRow("timeout") << Kind::Timeout << true;
        QTest::newRow("429") << Kind::RateLimited << true;
        QTest::newRow("5xx") << Kind::Server << true;
        QTest::newRow("tls") << Kind::Tls << false;
        QTest::newRow("401") << Kind::Unauthorized << false;
        QTest::newRow("403") << Kind::Forbidden << false;
        QTest::newRow("404") << Kind::NotFound << false;
        QTest::newRow("bad response") << Kind::BadResponse << false;
        QTest::newRow("insecure") << Kind::Insecure << false;
    }
    void transient()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        QCOMPARE(ApiError(kind).isTransient(), transient);
    }

    void userMessageOverride()
    {
        ApiError e(Kind::NoCredentials, 0, {}, QStringLiteral("keychain: no bus"));
        e.setUserMessage(QStringLiteral("Cannot reach the system keychain."));
        QCOMPARE(e.userMessage(), QStringLiteral("Cannot reach the system keychain."));
        QCOMPARE(e.kind(), Kind::NoCredentials);
    }

    void redirectRefusalWordsDifferFromPlainHttp()
    {
        const ApiError redirect(Kind::Insecure, 302, {}, QStringLiteral("redirect to another origin refused"));
        QVERIFY(redirect.userMessage().contains(QStringLiteral("redirected")));
        QVERIFY(!ApiError(Kind::Insecure).userMessage().contains(QStringLiteral("redirected")));
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
