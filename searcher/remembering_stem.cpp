#include "searcher/remembering_stem.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace forum {
namespace {

// A direct-mapped table: one slot a word, chosen by its hash; a word that finds another in its
// slot is stemmed and takes the slot. One probe and no division: a hash map of the same words
// spent most of a snippet's time finding them (chained buckets across megabytes, issue 16).
class RememberingStem : public Xapian::StemImplementation {
public:
    RememberingStem(const Xapian::Stem& inner, size_t capacity)
        : inner_(inner), slots_(std::bit_ceil(std::max<size_t>(capacity, 1))) {}

    std::string operator()(const std::string& word) override {
        Slot& slot = slots_[fnv1a(word) & (slots_.size() - 1)];
        if (!slot.used || slot.word != word) {
            slot.stem = inner_(word);
            slot.word = word;
            slot.used = true;
        }
        return slot.stem;
    }
    std::string get_description() const override {
        return "remembering(" + inner_.get_description() + ")";
    }

private:
    struct Slot {
        std::string word, stem;
        bool used = false;
    };
    static std::uint64_t fnv1a(const std::string& word) {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (unsigned char c : word)
            h = (h ^ c) * 0x100000001b3ULL;
        return h ^ (h >> 29);
    }
    Xapian::Stem inner_;
    std::vector<Slot> slots_;
};

}  // namespace

Xapian::Stem remembering_stem(const Xapian::Stem& inner, size_t capacity) {
    // Xapian::Stem takes ownership (reference counted) of the implementation it is given.
    return Xapian::Stem(new RememberingStem(inner, capacity));
}

}  // namespace forum
