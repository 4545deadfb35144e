// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <array>

namespace peaka {

// Speed over the last few seconds and the time left, for progress displays.
class TransferRate
{
public:
    void reset();
    // Total bytes so far; cheap enough to call on every chunk.
    void update(qint64 totalBytes);
    double bytesPerSecond() const { return m_rate; }
    // Seconds left to reach `total`, or -1 when unknown.
    qint64 etaSecs(qint64 done, qint64 total) const;

private:
    static constexpr int kSamples = 10;
    static constexpr qint64 kSampleMs = 500;
    struct Sample { qint64 ms = 0; qint64 bytes = 0; };
    QElapsedTimer m_clock;
    std::array<Sample, kSamples> m_samples{};
    int m_count = 0;
    int m_next = 0;
    double m_rate = 0;
};

} // namespace peaka
