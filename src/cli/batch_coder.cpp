#include "cli/batch_coder.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <new>
#include <thread>

namespace sitrep::cli {

void code_batch(const Engine& engine, std::vector<Document>& batch, unsigned threads,
                std::vector<std::string>& failures) {
    failures.assign(batch.size(), std::string());
    std::atomic<std::size_t> next{0};
    // Each worker takes the next uncoded document; results stay in their slot,
    // so the output order is the input order whatever the scheduling.
    const auto work = [&]() {
        for (std::size_t i = next++; i < batch.size(); i = next++) {
            try {
                engine.code(batch[i]);
            } catch (const std::bad_alloc&) {
                batch[i] = Document();  // give its memory back to the other workers at once
                failures[i] = "out of memory";
            } catch (const std::exception& e) {
                failures[i] = e.what();
            }
        }
    };
    const std::size_t helpers = std::min<std::size_t>(threads > 0 ? threads - 1 : 0, batch.size() > 0 ? batch.size() - 1 : 0);
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

}  // namespace sitrep::cli
