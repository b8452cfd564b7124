#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QStandardPaths>

namespace {

class DialogFileChooser final : public FileChooser
{
public:
    void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter,
                        Answer answer) override
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto* d = new QFileDialog(parent, title, QDir(dir).filePath(suggestedName), filter);
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setFileMode(QFileDialog::AnyFile);
        d->setAttribute(Qt::WA_DeleteOnClose);
        auto answered = std::make_shared<bool>(false);
        QObject::connect(d, &QFileDialog::fileSelected, d, [answer, answered](const QString& path) {
            *answered = true;
            answer(path);
        });
        QObject::connect(d, &QDialog::rejected, d, [answer, answered] {
            if (!*answered)
                answer(QString());
        });
        d->open();
    }
};

} // namespace

void FileChooser::chooseDirectory(QWidget* parent, const QString& title, Answer answer)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* d = new QFileDialog(parent, title, dir);
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly, true);
    d->setAttribute(Qt::WA_DeleteOnClose);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(d, &QFileDialog::fileSelected, d, [answer, answered](const QString& path) {
        *answered = true;
        answer(path);
    });
    QObject::connect(d, &QDialog::rejected, d, [answer, answered] {
        if (!*answered)
            answer(QString());
    });
    d->open();
}

FileChooser& FileChooser::dialog()
{
    static DialogFileChooser chooser;
    return chooser;
}
