#include "searcher/remembering_stem.hpp"

#include <string>
#include <unordered_map>

namespace forum {
namespace {

class RememberingStem : public Xapian::StemImplementation {
public:
    RememberingStem(const Xapian::Stem& inner, size_t capacity)
        : inner_(inner), capacity_(capacity) {}

    std::string operator()(const std::string& word) override {
        auto found = stems_.find(word);
        if (found != stems_.end()) return found->second;
        if (stems_.size() >= capacity_) stems_.clear();
        return stems_.emplace(word, inner_(word)).first->second;
    }
    std::string get_description() const override {
        return "remembering(" + inner_.get_description() + ")";
    }

private:
    Xapian::Stem inner_;
    size_t capacity_;
    std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem remembering_stem(const Xapian::Stem& inner, size_t capacity) {
    // Xapian::Stem takes ownership (reference counted) of the implementation it is given.
    return Xapian::Stem(new RememberingStem(inner, capacity));
}

}  // namespace forum
