// libxlsxwriter (Debian's libxlsxwriter-dev) for ExhibitWorkbook alone. The helpers fill
// libxlsxwriter's option structs in C, so that Swift passes plain values and no struct
// layout or pointer to a pointer crosses into Swift code.
#include <string.h>
#include <xlsxwriter.h>

/// A drop-down of `values` (NULL-terminated) on rows first_row…last_row of one column;
/// another value is refused with `title` and `message`.
static inline lxw_error exhibit_list_validation(lxw_worksheet *sheet, lxw_row_t first_row, lxw_row_t last_row, lxw_col_t col,
                                                const char **values, const char *title, const char *message) {
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = (char **)values;
    v.error_title = (char *)title;
    v.error_message = (char *)message;
    return worksheet_data_validation_range(sheet, first_row, col, last_row, col, &v);
}

/// Only dates from 1900 to 2200 on rows first_row…last_row of one column.
static inline lxw_error exhibit_date_validation(lxw_worksheet *sheet, lxw_row_t first_row, lxw_row_t last_row, lxw_col_t col,
                                                const char *title, const char *message) {
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_DATE;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_datetime = (lxw_datetime){1900, 1, 1, 0, 0, 0};
    v.maximum_datetime = (lxw_datetime){2200, 12, 31, 0, 0, 0};
    v.error_title = (char *)title;
    v.error_message = (char *)message;
    return worksheet_data_validation_range(sheet, first_row, col, last_row, col, &v);
}

/// A date cell (no time of day) in `format`.
static inline lxw_error exhibit_write_date(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, int year, int month, int day,
                                           lxw_format *format) {
    lxw_datetime date = {year, month, day, 0, 0, 0};
    return worksheet_write_datetime(sheet, row, col, &date, format);
}
