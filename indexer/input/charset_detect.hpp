#pragma once
// The charset of bytes that declare none and are not UTF-8, guessed from their byte statistics
// the way browsers guess (uchardet is Mozilla's universal charset detector).

#include <string>
#include <string_view>

namespace forum {

// The detected charset as a label for normalize_charset_label ("windows-1251", "koi8-r",
// "shift_jis", "gb18030", …), lower case; "" when the detector has no answer.
std::string detect_charset(std::string_view bytes);

}  // namespace forum
