// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/transferrate.h"

#include <cmath>

namespace peaka {

void TransferRate::reset()
{
    m_clock.invalidate();
    m_count = 0;
    m_next = 0;
    m_rate = 0;
}

void TransferRate::update(qint64 totalBytes)
{
    if (!m_clock.isValid()) {
        m_clock.start();
        m_samples[0] = {0, totalBytes};
        m_count = 1;
        m_next = 1;
        return;
    }
    const qint64 now = m_clock.elapsed();
    const Sample &last = m_samples[(m_next + kSamples - 1) % kSamples];
    if (now - last.ms < kSampleMs)
        return;
    m_samples[m_next] = {now, totalBytes};
    m_next = (m_next + 1) % kSamples;
    m_count = qMin(m_count + 1, kSamples);
    const Sample &oldest = m_samples[m_count < kSamples ? 0 : m_next];
    const qint64 dt = now - oldest.ms;
    m_rate = dt > 0 ? double(totalBytes - oldest.bytes) * 1000.0 / double(dt) : 0;
}

qint64 TransferRate::etaSecs(qint64 done, qint64 total) const
{
    if (total <= 0 || m_rate <= 1 || done > total)
        return -1;
    return qint64(std::ceil(double(total - done) / m_rate));
}

} // namespace peaka
