#include "helpboxes.h"

#include "widgets/icons.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>

void HelpBoxes::showAbout(QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Spendboard"),
                                tr("<h3>Spendboard %1</h3><p>Spend of your LLM-gateway organization against its "
                                   "monthly limits, with alerts before a limit is reached.</p>"
                                   "<p>Built with Qt %2.</p>")
                                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())),
                                QMessageBox::Close, parent);
    box->setIconPixmap(Icons::get(QStringLiteral("spendboard")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HelpBoxes::showShortcuts(QWidget* parent)
{
    const QList<QPair<QString, QString>> rows{
        {tr("Overview, Projects, Keys, Alerts, Activity"), tr("Ctrl+1 … Ctrl+5")},
        {tr("Refresh now"), QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)},
        {tr("Filter the table"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)},
        {tr("Edit the selected limit"), tr("Ctrl+E")},
        {tr("New key"), tr("Ctrl+N")},
        {tr("Delete the selected key"), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
        {tr("Acknowledge the selected alert"), tr("Ctrl+K")},
        {tr("Settings"), tr("Ctrl+,")},
        {tr("Full screen"), QKeySequence(QKeySequence::FullScreen).toString(QKeySequence::NativeText)},
        {tr("Quit"), tr("Ctrl+Q")},
    };
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto& [what, keys] : rows)
        html += QStringLiteral("<tr><td>") + what.toHtmlEscaped() + QStringLiteral("</td><td><b>") +
                keys.toHtmlEscaped() + QStringLiteral("</b></td></tr>");
    html += QStringLiteral("</table>");
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
