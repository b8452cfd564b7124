// Anchor source of the views library. The icon resources are added in views/CMakeLists.txt
// (qt_add_resources), which links their object files into every target that uses this library.
