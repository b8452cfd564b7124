#pragma once

#include "confirmer.h"

// Asks with a window-modal QMessageBox opened by open(); the answer arrives through `finished`.
class MessageBoxConfirmer final : public Confirmer
{
public:
    void ask(QWidget* parent, const Question& question, Answer answer) override;
};
