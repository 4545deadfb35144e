// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace peaka::gui {

// Shown on first start, when there is no connection yet.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Hides "Explore with demo data" when the app was built without the demo server.
    void setDemoAvailable(bool available);

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();

private:
    QPushButton *m_add;
    QPushButton *m_demo;
};

} // namespace peaka::gui
