<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AllNotesView</name>
    <message>
        <source>Search passages, comments and tags</source>
        <translation>Tìm trong đoạn trích, bình luận và thẻ</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Bài:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sắp xếp:</translation>
    </message>
    <message>
        <source>Newest notes first</source>
        <translation>Ghi chú mới nhất trước</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Theo bài</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Mọi thẻ</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Mọi bài</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Source / author</source>
        <translation>Nguồn / tác giả</translation>
    </message>
    <message>
        <source>Source: {outlet}</source>
        <translation>Nguồn: {outlet}</translation>
    </message>
    <message>
        <source>Author: {byline}</source>
        <translation>Tác giả: {byline}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the library {path} is not a Giao Ban Reader library (not an SQLite database); it was left untouched.</source>
        <translation>tệp {path} không phải là thư viện của Giao Ban Reader (không phải cơ sở dữ liệu SQLite); tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>the library {path} was made by a newer version of Giao Ban Reader; update the app to open it.</source>
        <translation>thư viện {path} được tạo bằng phiên bản Giao Ban Reader mới hơn; hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <source>the library {path} cannot be created or written here (check the folder exists and is writable).</source>
        <translation>không thể tạo hoặc ghi thư viện {path} ở đây (hãy kiểm tra thư mục có tồn tại và ghi được không).</translation>
    </message>
    <message>
        <source>the library {path} is damaged and cannot be read safely; it was left untouched.</source>
        <translation>thư viện {path} bị hỏng, không thể đọc an toàn; thư viện được giữ nguyên.</translation>
    </message>
    <message>
        <source>the library {path} cannot be written: the disk is full; nothing was changed.</source>
        <translation>không ghi được thư viện {path}: ổ đĩa đã đầy; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>the library {path} is busy in another program; try again in a moment.</source>
        <translation>thư viện {path} đang được một chương trình khác sử dụng; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>the library {path} is read-only; it can be read but not changed.</source>
        <translation>thư viện {path} chỉ đọc; có thể đọc nhưng không sửa đổi được.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>lỗi: {message}</translation>
    </message>
    <message>
        <source>The latest backup is {path} ({made}); open the window to restore it or to start a new library.</source>
        <translation>Bản sao lưu gần nhất là {path} ({made}); hãy mở cửa sổ ứng dụng để khôi phục hoặc tạo thư viện mới.</translation>
    </message>
    <message>
        <source>There is no backup of it; open the window to start a new library.</source>
        <translation>Thư viện này chưa có bản sao lưu; hãy mở cửa sổ ứng dụng để tạo thư viện mới.</translation>
    </message>
    <message>
        <source>note: there was no library at {path}; a new one was made, without the bundled sample articles</source>
        <translation>lưu ý: chưa có thư viện nào ở {path}; đã tạo một thư viện mới, không kèm các bài viết mẫu</translation>
    </message>
    <message>
        <source>note: there was no library at {path} (named by ${variable}); a new one was made, with the bundled sample articles</source>
        <translation>lưu ý: chưa có thư viện nào ở {path} (do biến ${variable} chỉ định); đã tạo một thư viện mới, kèm các bài viết mẫu</translation>
    </message>
    <message>
        <source>published {published}, event {event}</source>
        <translation>ngày đăng {published}, ngày sự kiện {event}</translation>
    </message>
    <message>
        <source>a whole number above 0, not {value}</source>
        <translation>một số nguyên lớn hơn 0, không phải {value}</translation>
    </message>
    <message>
        <source>there is no article {id}</source>
        <translation>không có bài viết số {id}</translation>
    </message>
    <message>
        <source>not a text document</source>
        <translation>không phải tài liệu văn bản</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>lớn hơn 20 MB</translation>
    </message>
    <message>
        <source>its text encoding cannot be read</source>
        <translation>không đọc được bảng mã của văn bản</translation>
    </message>
    <message>
        <source>typed in an old VNI font encoding: convert it to Unicode first (for example with Unikey&apos;s converter)</source>
        <translation>gõ bằng bảng mã VNI cũ: hãy chuyển sang Unicode trước (chẳng hạn bằng công cụ chuyển mã của Unikey)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>not a supported kind of file ({kinds})</source>
        <translation>loại tệp không được hỗ trợ (chỉ nhận {kinds})</translation>
    </message>
    <message>
        <source>the new text no longer holds the passage of {count} note(s): &apos;notes list --article {id}&apos; marks them [needs review]</source>
        <translation>nội dung mới không còn đoạn trích của {count} ghi chú: &apos;notes list --article {id}&apos; đánh dấu chúng [cần xem lại]</translation>
    </message>
    <message>
        <source>imported: {imported}, updated: {updated}, duplicates: {duplicate}, failed: {failed}</source>
        <translation>đã nhập: {imported}, đã cập nhật: {updated}, đã có trong thư viện: {duplicate}, không nhập được: {failed}</translation>
    </message>
    <message>
        <source>library file (default: $GIAOBAN_LIBRARY, else the one in the per-user data folder)</source>
        <translation>tệp thư viện (mặc định: $GIAOBAN_LIBRARY, nếu không có thì tệp trong thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>import article files or folders into the library</source>
        <translation>nhập các tệp bài viết hoặc cả thư mục vào thư viện</translation>
    </message>
    <message>
        <source>article files ({kinds}), or folders of them; a changed version of a file already imported updates its article</source>
        <translation>các tệp bài viết ({kinds}) hoặc thư mục chứa chúng; phiên bản đã sửa của một tệp đã nhập sẽ cập nhật bài viết của tệp đó</translation>
    </message>
    <message>
        <source>could not be analysed (a bug; please report it)</source>
        <translation>không phân tích được (lỗi của chương trình; xin hãy báo lại)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>đã có trong thư viện</translation>
    </message>
    <message>
        <source>failed: {path}: {reason}</source>
        <translation>không nhập được: {path}: {reason}</translation>
    </message>
    <message>
        <source>no importable files found</source>
        <translation>không tìm thấy tệp nào để nhập</translation>
    </message>
    <message>
        <source>articles re-analysed: {count}</source>
        <translation>số bài đã phân tích lại: {count}</translation>
    </message>
    <message>
        <source>the query has no words to search for</source>
        <translation>câu tìm không có từ nào để tìm</translation>
    </message>
    <message>
        <source>no article matches {query}</source>
        <translation>không có bài nào khớp với {query}</translation>
    </message>
    <message>
        <source>[the words apart, not as typed]</source>
        <translation>[các từ đứng rời, không liền nhau như khi gõ]</translation>
    </message>
    <message>
        <source>window (no command):
  --library PATH     open this library (default: $GIAOBAN_LIBRARY, else the
                     per-user data folder)
  --lang vi|en       interface language (default: $GIAOBAN_LANG, else the one
                     chosen in the window, else the system&apos;s)
  --screenshot PNG   render the window offscreen to PNG and exit
  --size WxH         window size for --screenshot (default 1400x880)

Each command takes --library PATH too; `python -m desktop COMMAND --help` tells more.</source>
        <translation>cửa sổ ứng dụng (không có lệnh):
  --library PATH     mở thư viện này (mặc định: $GIAOBAN_LIBRARY, nếu không có
                     thì thư mục dữ liệu của người dùng)
  --lang vi|en       ngôn ngữ giao diện (mặc định: $GIAOBAN_LANG, nếu không có
                     thì ngôn ngữ đã chọn trong cửa sổ, rồi đến ngôn ngữ hệ thống)
  --screenshot PNG   vẽ cửa sổ ngoài màn hình ra tệp PNG rồi thoát
  --size WxH         kích thước cửa sổ cho --screenshot (mặc định 1400x880)

Mọi lệnh đều nhận cả --library PATH; `python -m desktop LỆNH --help` cho biết thêm.</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>thiếu các tham số bắt buộc: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {args}</source>
        <translation>tham số không hợp lệ: {args}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>tham số {name}: lựa chọn không hợp lệ: {value} (chọn một trong {choices})</translation>
    </message>
    <message>
        <source>argument {name}: invalid value: {value}</source>
        <translation>tham số {name}: giá trị không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>tham số {name}: cần một giá trị</translation>
    </message>
    <message>
        <source>argument {name}: {message}</source>
        <translation>tham số {name}: {message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>Giao Ban Reader: read, search and annotate reports on Party organisation-building work. Without a command, opens the window.</source>
        <translation>Giao Ban Reader: đọc, tìm kiếm và ghi chú các bài viết về công tác tổ chức xây dựng Đảng. Không có lệnh thì mở cửa sổ ứng dụng.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>language of the messages (default: $GIAOBAN_LANG, else the system&apos;s)</source>
        <translation>ngôn ngữ của thông báo (mặc định: $GIAOBAN_LANG, nếu không có thì ngôn ngữ hệ thống)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra JSON</translation>
    </message>
    <message>
        <source>analyse article files and print what was found</source>
        <translation>phân tích các tệp bài viết và in ra những gì tìm được</translation>
    </message>
    <message>
        <source>article files, or folders of them</source>
        <translation>các tệp bài viết, hoặc thư mục chứa chúng</translation>
    </message>
    <message>
        <source>list the articles in the library</source>
        <translation>liệt kê các bài viết trong thư viện</translation>
    </message>
    <message>
        <source>print one article&apos;s clean text</source>
        <translation>in nội dung đã làm sạch của một bài viết</translation>
    </message>
    <message>
        <source>re-run the analyser over the library</source>
        <translation>chạy lại bộ phân tích trên toàn thư viện</translation>
    </message>
    <message>
        <source>every article, not only those analysed by an older version</source>
        <translation>mọi bài viết, không chỉ những bài được phân tích bằng phiên bản cũ</translation>
    </message>
    <message>
        <source>search titles, text and notes</source>
        <translation>tìm trong tiêu đề, nội dung và ghi chú</translation>
    </message>
    <message>
        <source>words to find, with or without diacritics (&apos;dang uy&apos; finds &apos;Đảng ủy&apos;), or a directive&apos;s number</source>
        <translation>từ cần tìm, có hoặc không có dấu (&apos;dang uy&apos; tìm được &apos;Đảng ủy&apos;), hoặc số hiệu văn bản</translation>
    </message>
    <message>
        <source>at most this many results (default 50)</source>
        <translation>số kết quả tối đa (mặc định 50)</translation>
    </message>
    <message>
        <source>there is no library at {path} (check the path; the import command makes a new library)</source>
        <translation>không có thư viện nào ở {path} (hãy kiểm tra đường dẫn; lệnh import sẽ tạo thư viện mới)</translation>
    </message>
    <message>
        <source>[term {term}, {basis}]</source>
        <translation>[nhiệm kỳ {term}, {basis}]</translation>
    </message>
    <message>
        <source>articles: {articles}, mentions: {mentions}</source>
        <translation>số bài: {articles}, số lần nhắc: {mentions}</translation>
    </message>
    <message>
        <source>list the directives cited in the library and the articles citing each</source>
        <translation>liệt kê các văn bản chỉ đạo được trích dẫn trong thư viện và các bài trích dẫn từng văn bản</translation>
    </message>
    <message>
        <source>counts from 1</source>
        <translation>đếm từ 1</translation>
    </message>
    <message>
        <source>add a note on a quoted passage of an article</source>
        <translation>thêm ghi chú cho một đoạn trích của bài viết</translation>
    </message>
    <message>
        <source>the article&apos;s number (see the articles command)</source>
        <translation>số của bài viết (xem lệnh articles)</translation>
    </message>
    <message>
        <source>the passage; it must occur in the article</source>
        <translation>đoạn trích; phải có trong bài viết</translation>
    </message>
    <message>
        <source>which occurrence (1, 2, …), when it occurs more than once</source>
        <translation>lần xuất hiện thứ mấy (1, 2, …), khi đoạn trích có nhiều lần</translation>
    </message>
    <message>
        <source>the note&apos;s text</source>
        <translation>nội dung ghi chú</translation>
    </message>
    <message>
        <source>a tag (repeat for several)</source>
        <translation>một thẻ (lặp lại để gắn nhiều thẻ)</translation>
    </message>
    <message>
        <source>the highlight&apos;s colour (default yellow)</source>
        <translation>màu tô đánh dấu (mặc định yellow: vàng)</translation>
    </message>
    <message>
        <source>list notes</source>
        <translation>liệt kê ghi chú</translation>
    </message>
    <message>
        <source>only this article&apos;s notes</source>
        <translation>chỉ ghi chú của bài viết này</translation>
    </message>
    <message>
        <source>only the notes with this tag</source>
        <translation>chỉ các ghi chú có thẻ này</translation>
    </message>
    <message>
        <source>the quote is empty; give the passage to mark with --quote</source>
        <translation>đoạn trích trống; hãy ghi đoạn cần đánh dấu sau --quote</translation>
    </message>
    <message>
        <source>the quote occurs {count} times in article {id}; choose one with --occurrence N</source>
        <translation>đoạn trích có {count} lần trong bài viết {id}; hãy chọn một lần bằng --occurrence N</translation>
    </message>
    <message>
        <source>the quote occurs only {count} time(s) in article {id}, not {occurrence}</source>
        <translation>đoạn trích chỉ có {count} lần trong bài viết {id}, không có lần thứ {occurrence}</translation>
    </message>
    <message>
        <source>the quote does not occur in article {id}</source>
        <translation>đoạn trích không có trong bài viết {id}</translation>
    </message>
    <message>
        <source>note {note} on article {id} already says this; nothing added</source>
        <translation>ghi chú {note} ở bài {id} đã ghi đúng như vậy; không thêm ghi chú mới</translation>
    </message>
    <message>
        <source>saved note {note} on article {id}</source>
        <translation>đã lưu ghi chú {note} cho bài viết {id}</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>chưa có ghi chú nào</translation>
    </message>
    <message>
        <source>[needs review]</source>
        <translation>[cần xem lại]</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>bài {id}</translation>
    </message>
    <message>
        <source>the file&apos;s format (by default, from FILE&apos;s extension)</source>
        <translation>định dạng của tệp (mặc định theo phần mở rộng của FILE)</translation>
    </message>
    <message>
        <source>the file to write (- for standard output)</source>
        <translation>tệp cần ghi (- để ghi ra đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>overwrite FILE if it exists</source>
        <translation>ghi đè FILE nếu tệp đã có</translation>
    </message>
    <message>
        <source>report what was written as JSON</source>
        <translation>báo cáo những gì đã ghi dưới dạng JSON</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to overwrite it</source>
        <translation>{path} đã có; thêm --force để ghi đè</translation>
    </message>
    <message>
        <source>the disk is full; {path} was not written</source>
        <translation>ổ đĩa đã đầy; chưa ghi được {path}</translation>
    </message>
    <message>
        <source>no permission to write {path}</source>
        <translation>không có quyền ghi {path}</translation>
    </message>
    <message>
        <source>the folder of {path} does not exist</source>
        <translation>thư mục chứa {path} không tồn tại</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file&apos;s name, such as {path}/ghi-chu.md</source>
        <translation>{path} là một thư mục; hãy cho tên một tệp, ví dụ {path}/ghi-chu.md</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail})</source>
        <translation>không ghi được {path} ({detail})</translation>
    </message>
    <message>
        <source>cannot tell the format from {path}; add --format md, html, docx, json or csv</source>
        <translation>không biết định dạng theo tên {path}; thêm --format md, html, docx, json hoặc csv</translation>
    </message>
    <message>
        <source>{path} is named as {named}, but --format is {given}; change one of them</source>
        <translation>tên {path} là tệp {named}, nhưng --format là {given}; hãy sửa một trong hai</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>no note has the tag {tag} (tags: {known}); nothing was written</source>
        <translation>không có ghi chú nào gắn thẻ {tag} (các thẻ: {known}); chưa ghi gì</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>đầu ra chuẩn</translation>
    </message>
    <message>
        <source>wrote {notes} note(s) from {articles} article(s) to {path}</source>
        <translation>đã ghi {notes} ghi chú của {articles} bài viết vào {path}</translation>
    </message>
    <message>
        <source>add or list notes</source>
        <translation>thêm hoặc liệt kê ghi chú</translation>
    </message>
    <message>
        <source>export notes to md, html, docx, json or csv</source>
        <translation>xuất ghi chú ra md, html, docx, json hoặc csv</translation>
    </message>
    <message>
        <source>what the lane field holds: the kind of meeting (default) or the level</source>
        <translation>chia làn theo loại hội nghị (mặc định) hoặc theo cấp (trường lane của kết quả)</translation>
    </message>
    <message>
        <source>also list undated articles (start, end and precision null)</source>
        <translation>liệt kê cả bài không rõ ngày (start, end và precision là null)</translation>
    </message>
    <message>
        <source>(undated)</source>
        <translation>(không rõ ngày)</translation>
    </message>
    <message>
        <source>print every article&apos;s place on the time axis</source>
        <translation>in vị trí của từng bài viết trên trục thời gian</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT, for example 1400x880</source>
        <translation>RỘNGxCAO, ví dụ 1400x880</translation>
    </message>
    <message>
        <source>library file</source>
        <translation>tệp thư viện</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>vẽ cửa sổ ngoài màn hình ra tệp PNG rồi thoát</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>window size for --screenshot (WxH)</source>
        <translation>kích thước cửa sổ cho --screenshot (RỘNGxCAO)</translation>
    </message>
    <message>
        <source>the window needs a graphical desktop, and none was found ($DISPLAY and $WAYLAND_DISPLAY are not set); the commands work without one: python -m desktop --help</source>
        <translation>cửa sổ cần một màn hình đồ họa, nhưng không tìm thấy ($DISPLAY và $WAYLAND_DISPLAY chưa được đặt); các lệnh vẫn chạy được mà không cần màn hình: python -m desktop --help</translation>
    </message>
    <message>
        <source>the article&apos;s number (as &apos;articles&apos; lists it)</source>
        <translation>số của bài viết (như lệnh articles liệt kê)</translation>
    </message>
    <message>
        <source>also when the article has notes (they are deleted with it)</source>
        <translation>xóa cả khi bài viết có ghi chú (ghi chú bị xóa theo)</translation>
    </message>
    <message>
        <source>article {id} has {count} note(s), which would be deleted with it; nothing was deleted (export them first, or add --force)</source>
        <translation>bài viết {id} có {count} ghi chú, sẽ bị xóa theo; chưa xóa gì (hãy xuất ghi chú trước, hoặc thêm --force)</translation>
    </message>
    <message>
        <source>deleted article {id}: {title} (notes deleted with it: {notes})</source>
        <translation>đã xóa bài viết {id}: {title} (số ghi chú bị xóa theo: {notes})</translation>
    </message>
    <message>
        <source>delete an article from the library, with its notes</source>
        <translation>xóa một bài viết khỏi thư viện, cùng các ghi chú của nó</translation>
    </message>
</context>
<context>
    <name>DeleteController</name>
    <message>
        <source>&amp;Delete Article…</source>
        <extracomment>how long the status bar says an article was deleted, in ms</extracomment>
        <translation>&amp;Xóa bài viết…</translation>
    </message>
    <message>
        <source>Delete the article shown from the library, with its notes</source>
        <translation>Xóa bài viết đang mở khỏi thư viện, cùng các ghi chú của nó</translation>
    </message>
    <message>
        <source>Delete “%1” from the library?</source>
        <translation>Xóa “%1” khỏi thư viện?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n ghi chú của bài sẽ bị xóa theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file on your disk is not touched: importing it again brings the article back, without the notes.</source>
        <translation>Tệp trên đĩa không bị động đến: nhập lại tệp sẽ đưa bài viết trở lại, nhưng không có các ghi chú.</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Xóa bài viết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The article could not be deleted</source>
        <translation>Không xóa được bài viết</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
</context>
<context>
    <name>DirectiveIndex</name>
    <message>
        <source>Filter directives, e.g. chi thi 35 (diacritics optional)</source>
        <translation>Lọc văn bản, ví dụ: chi thi 35 (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>No directive matches this filter.</source>
        <translation>Không có văn bản nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>No directives yet.</source>
        <translation>Chưa có văn bản chỉ đạo nào.</translation>
    </message>
</context>
<context>
    <name>DirectiveIndexModel</name>
    <message>
        <source>Directive</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
</context>
<context>
    <name>DirectivePanel</name>
    <message>
        <source>Show these articles in the list</source>
        <translation>Hiện các bài viết này trong danh sách</translation>
    </message>
    <message>
        <source>Filter the article list to the articles citing this directive</source>
        <translation>Chỉ hiện các bài viết có dẫn văn bản này</translation>
    </message>
    <message>
        <source>No directive chosen</source>
        <translation>Chưa chọn văn bản nào</translation>
    </message>
    <message>
        <source>Click a directive in an article, or choose one in the directive index.</source>
        <translation>Bấm vào một văn bản trong bài viết, hoặc chọn trong danh mục văn bản.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>%1 (inferred, not printed in any article)</source>
        <translation>%1 (suy ra, không bài nào in ký hiệu này)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Cách viết trong bài</translation>
    </message>
    <message>
        <source>Cited by %1 article(s), %2 mention(s)</source>
        <translation>Được dẫn trong %1 bài viết, %2 lần</translation>
    </message>
</context>
<context>
    <name>Directives</name>
    <message>
        <source>from the issue date stated</source>
        <extracomment>context of BASIS_LABELS how a directive&apos;s term was decided (``linking.TermBasis``) -&gt; a phrase</extracomment>
        <translation>theo ngày ban hành ghi trong bài</translation>
    </message>
    <message>
        <source>named in the text</source>
        <translation>nêu trong bài</translation>
    </message>
    <message>
        <source>from the congress the text names</source>
        <translation>theo kỳ đại hội nêu trong bài</translation>
    </message>
    <message>
        <source>assumed: the directive of this number already known</source>
        <translation>giả định: văn bản cùng số đã biết</translation>
    </message>
    <message>
        <source>assumed from the article&apos;s date</source>
        <translation>suy từ ngày của bài viết</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>term unknown</source>
        <translation>không rõ nhiệm kỳ</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>nhiệm kỳ %1</translation>
    </message>
    <message>
        <source>in one article</source>
        <translation>riêng một bài viết</translation>
    </message>
    <message>
        <source>Issuer not stated</source>
        <translation>Không ghi cơ quan ban hành</translation>
    </message>
    <message>
        <source>Code inferred (not printed in any article)</source>
        <translation>Ký hiệu được suy ra (không bài nào in ký hiệu)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Cơ quan ban hành: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ngày ban hành: %1</translation>
    </message>
    <message>
        <source>%1 article(s), %2 mention(s)</source>
        <translation>%1 bài viết, %2 lần nhắc đến</translation>
    </message>
    <message>
        <source>%1 mention(s)</source>
        <translation>%1 lần nhắc đến</translation>
    </message>
    <message>
        <source>code inferred</source>
        <translation>ký hiệu suy ra</translation>
    </message>
    <message>
        <source>Code inferred (not printed here)</source>
        <translation>Ký hiệu được suy ra (bài này không in)</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>Nhiệm kỳ: %1</translation>
    </message>
</context>
<context>
    <name>DirectivesController</name>
    <message>
        <source>Directive</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Bài viết liên quan</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Quay lại (Alt+←)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Tiến tới (Alt+→)</translation>
    </message>
    <message>
        <source>Directive &amp;index</source>
        <translation>&amp;Danh mục văn bản</translation>
    </message>
    <message>
        <source>Remove this filter: show all articles again</source>
        <translation>Bỏ bộ lọc này: hiện lại mọi bài viết</translation>
    </message>
    <message>
        <source>Only articles citing %1</source>
        <translation>Chỉ các bài viết dẫn %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word document (.docx)</source>
        <translation>Tài liệu Word (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Trang web (.html)</translation>
    </message>
    <message>
        <source>Spreadsheet (.csv, UTF-8)</source>
        <translation>Bảng tính (.csv, UTF-8)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Nothing was left behind; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy nên không ghi được %1. Không có tệp dở dang nào bị để lại; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>You may not write %1 there. Choose another folder (for example your Documents).</source>
        <translation>Bạn không có quyền ghi %1 vào đó. Hãy chọn thư mục khác (ví dụ thư mục Tài liệu).</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist any more.</source>
        <translation>Thư mục chứa %1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file&apos;s name.</source>
        <translation>%1 là một thư mục; hãy chọn tên một tệp.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã có.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Xuất ghi chú</translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation>Những ghi chú nào</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Tất cả ghi chú</translation>
    </message>
    <message>
        <source>Notes on this article: %1</source>
        <translation>Ghi chú của bài này: %1</translation>
    </message>
    <message>
        <source>Notes on this article (no article open)</source>
        <translation>Ghi chú của bài này (chưa mở bài nào)</translation>
    </message>
    <message>
        <source>Notes with the tag:</source>
        <translation>Ghi chú có thẻ:</translation>
    </message>
    <message numerus="yes">
        <source>The %n note(s) selected in All notes</source>
        <translation>
            <numerusform>%n ghi chú đang chọn trong Tất cả ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay tệp đã có?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 đã có. Thay nó bằng bản xuất này?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Text document</source>
        <translation>Tài liệu văn bản</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Tài liệu Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Tài liệu Word</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Bảng tính (CSV)</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Dữ liệu JSON</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Briefing (giao ban)</source>
        <translation>Giao ban</translation>
    </message>
    <message>
        <source>Mid-term review (sơ kết)</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <source>Annual review (tổng kết)</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>National conference</source>
        <translation>Hội nghị toàn quốc</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Show every article again (the search stays)</source>
        <translation>Hiện lại mọi bài viết (giữ nguyên từ khóa tìm kiếm)</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>All kinds of meeting</source>
        <translation>Mọi loại hội nghị</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Mọi tỉnh, thành phố</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Mọi nhân vật</translation>
    </message>
    <message>
        <source>All directives</source>
        <translation>Mọi văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>%n chosen article(s)</source>
        <translation>%n bài đã chọn</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Bỏ bộ lọc này</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <source>Add articles, saved e-mails, feed items, calendar events and reference-manager records to the library (%1)</source>
        <translation>Thêm bài viết, thư điện tử đã lưu, tin từ nguồn tin, sự kiện lịch và bản ghi của phần mềm quản lý tài liệu vào thư viện (%1)</translation>
    </message>
    <message>
        <source>Add every article file in a folder and its subfolders</source>
        <translation>Thêm mọi tệp bài viết trong một thư mục và các thư mục con</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Bài viết (%1);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Nhập một thư mục bài viết</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Đang có một lượt nhập chưa xong.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Updated to the new version</source>
        <translation>Đã cập nhật theo bản mới</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Đã có trong thư viện</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>not a text document</source>
        <translation>không phải tài liệu văn bản</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>lớn hơn 20 MB</translation>
    </message>
    <message>
        <source>its characters cannot be read (unknown encoding)</source>
        <translation>không đọc được ký tự (bảng mã không rõ)</translation>
    </message>
    <message>
        <source>typed in an old VNI font encoding: convert it to Unicode first (for example with Unikey&apos;s converter)</source>
        <translation>gõ bằng bảng mã VNI cũ: hãy chuyển sang Unicode trước (chẳng hạn bằng công cụ chuyển mã của Unikey)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>không mở được tệp</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>not a supported kind of file</source>
        <translation>loại tệp không được hỗ trợ</translation>
    </message>
    <message>
        <source>could not be analysed (an internal error)</source>
        <translation>không phân tích được (lỗi nội bộ)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Title or reason</source>
        <translation>Tiêu đề hoặc lý do</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Đang tìm tệp…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>Đang nhập tệp %1 / %2…</translation>
    </message>
    <message>
        <source>Linking the directives the files cite: %1 of %2…</source>
        <translation>Đang liên kết các văn bản mà các tệp trích dẫn: %1 / %2…</translation>
    </message>
    <message>
        <source>%n imported</source>
        <translation>Đã nhập %n</translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation>Đã cập nhật %n</translation>
    </message>
    <message>
        <source>%n already in the library</source>
        <translation>%n đã có trong thư viện</translation>
    </message>
    <message>
        <source>%n not imported</source>
        <translation>%n không nhập được</translation>
    </message>
    <message>
        <source>%n note(s) no longer find their passage in the new text: the Notes panel marks them “Needs review”.</source>
        <translation>%n ghi chú không còn tìm thấy đoạn trích trong nội dung mới: bảng Ghi chú đánh dấu chúng “Cần xem lại”.</translation>
    </message>
    <message>
        <source>Cancelled. Files imported before you cancelled were kept.</source>
        <translation>Đã hủy. Các tệp đã nhập trước khi hủy vẫn được giữ.</translation>
    </message>
    <message>
        <source>No files to import were found (%1).</source>
        <translation>Không tìm thấy tệp nào để nhập (%1).</translation>
    </message>
    <message>
        <source>%n note(s) to review</source>
        <translation>%n ghi chú cần xem lại</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Sẽ hủy sau tệp đang nhập…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (Ngôn ngữ)</source>
        <translation>&amp;Ngôn ngữ (Language)</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>The file %1 is not a Giao Ban Reader library. It was left exactly as it was.</source>
        <translation>Tệp %1 không phải là thư viện của Giao Ban Reader. Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The library %1 was made by a newer version of Giao Ban Reader. Please update the app to open it; the library was not changed.</source>
        <translation>Thư viện %1 được tạo bằng phiên bản Giao Ban Reader mới hơn. Hãy cập nhật ứng dụng để mở thư viện này; thư viện không bị thay đổi.</translation>
    </message>
    <message>
        <source>The library %1 cannot be created or written there. Check that the folder exists and that you may write to it.</source>
        <translation>Không thể tạo hoặc ghi thư viện %1 ở vị trí đó. Hãy kiểm tra xem thư mục có tồn tại và bạn có quyền ghi vào đó không.</translation>
    </message>
    <message>
        <source>The library %1 is damaged and cannot be read safely. It was not changed.</source>
        <translation>Thư viện %1 bị hỏng, không thể đọc an toàn. Thư viện không bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk is full, so the library %1 cannot be written. Nothing was changed.</source>
        <translation>Ổ đĩa đã đầy nên không ghi được thư viện %1. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The library %1 is busy in another program. Try again in a moment.</source>
        <translation>Thư viện %1 đang được một chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: you can read it but not change it.</source>
        <translation>Thư viện %1 chỉ đọc: bạn có thể đọc nhưng không thể sửa đổi.</translation>
    </message>
    <message>
        <source>The library %1 cannot be used.</source>
        <translation>Không dùng được thư viện %1.</translation>
    </message>
    <message>
        <source>Technical details, as the system reported them (useful if you ask for support):</source>
        <translation>Chi tiết kỹ thuật, nguyên văn thông báo của hệ thống (cần khi nhờ hỗ trợ):</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Không mở được thư viện</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged library was kept as %2.</source>
        <translation>Đã khôi phục bản sao lưu %1. Thư viện bị hỏng được giữ lại với tên %2.</translation>
    </message>
    <message>
        <source>Started a new library. The damaged one was kept as %2.</source>
        <translation>Đã tạo thư viện mới. Thư viện bị hỏng được giữ lại với tên %2.</translation>
    </message>
</context>
<context>
    <name>LibraryGuard</name>
    <message>
        <source>Today&apos;s backup of the library was saved.</source>
        <translation>Đã lưu bản sao lưu thư viện hôm nay.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>Không ghi được bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved, and nothing was half-written. Free some space to save again; reading goes on.</source>
        <translation>Ổ đĩa đã đầy: thay đổi vừa rồi chưa được lưu và không có gì bị ghi dở. Hãy giải phóng bớt dung lượng để lưu lại; bạn vẫn đọc bình thường.</translation>
    </message>
    <message>
        <source>This library is read-only: you can read it, but changes cannot be saved.</source>
        <translation>Thư viện này chỉ đọc: bạn có thể đọc nhưng không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The library is busy in another window: the change was not saved. Try again.</source>
        <translation>Thư viện đang bận ở một cửa sổ khác: thay đổi chưa được lưu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The library is damaged. Keep reading if you like; restore the latest backup soon.</source>
        <translation>Thư viện bị hỏng. Bạn vẫn có thể đọc tiếp; hãy sớm khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>The library cannot be written here: the change was not saved.</source>
        <translation>Không ghi được thư viện ở đây: thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>The library cannot be used: the change was not saved.</source>
        <translation>Không dùng được thư viện: thay đổi chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Giao Ban Reader</source>
        <extracomment>the source column&apos;s narrowest width, in pixels</extracomment>
        <translation>Giao Ban Reader</translation>
    </message>
    <message>
        <source>Search titles, text and notes (Ctrl+F)</source>
        <translation>Tìm trong tiêu đề, nội dung và ghi chú (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Cỡ chữ lớn hơn</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Cỡ chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Cỡ chữ mặc định</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;About Giao Ban Reader</source>
        <translation>&amp;Giới thiệu Giao Ban Reader</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Giao Ban Reader %1&lt;/h3&gt;&lt;p&gt;An offline reader for reports on Party organisation-building work.&lt;/p&gt;&lt;p&gt;Library: %2&lt;br&gt;Articles: %3 · Notes: %4 · Directives: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Giao Ban Reader %1&lt;/h3&gt;&lt;p&gt;Ứng dụng đọc ngoại tuyến các bài viết về công tác tổ chức xây dựng Đảng.&lt;/p&gt;&lt;p&gt;Thư viện: %2&lt;br&gt;Bài viết: %3 · Ghi chú: %4 · Văn bản chỉ đạo: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Giao Ban Reader</source>
        <translation>Giới thiệu Giao Ban Reader</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>What do you think of this passage?</source>
        <translation>Bạn nghĩ gì về đoạn này?</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>các thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Bình luận:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>delete note</source>
        <translation>xóa ghi chú</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh lam</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lục</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>The article&apos;s text changed and this passage could not be found again with certainty. The note keeps the passage it was made on: check it.</source>
        <translation>Nội dung bài đã thay đổi và không thể tìm lại chắc chắn đoạn này. Ghi chú vẫn giữ đoạn trích ban đầu: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Ngày của bài</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Ngày ghi</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Thêm ghi chú</translation>
    </message>
    <message>
        <source>Add a note on the selected passage (%1)</source>
        <translation>Thêm ghi chú cho đoạn đang chọn (%1)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>&amp;Undo delete note</source>
        <translation>&amp;Hoàn tác xóa ghi chú</translation>
    </message>
    <message>
        <source>&amp;Redo delete note</source>
        <translation>&amp;Làm lại xóa ghi chú</translation>
    </message>
    <message>
        <source>A&amp;ll notes</source>
        <translation>Tất cả &amp;ghi chú</translation>
    </message>
    <message>
        <source>Notes &amp;panel</source>
        <translation>&amp;Bảng ghi chú</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Xuất ghi chú…</translation>
    </message>
    <message>
        <source>Save notes as Word, Markdown, HTML, JSON or CSV</source>
        <translation>Lưu ghi chú dạng Word, Markdown, HTML, JSON hoặc CSV</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Tất cả ghi chú</translation>
    </message>
    <message>
        <source>Select a passage in the article first, then add a note.</source>
        <translation>Hãy chọn một đoạn trong bài trước, rồi thêm ghi chú.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa ghi chú. Nhấn Ctrl+Z để lấy lại.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Đã khôi phục ghi chú.</translation>
    </message>
    <message>
        <source>This note needs review: its passage is no longer in the article&apos;s text.</source>
        <translation>Ghi chú này cần xem lại: đoạn trích không còn trong nội dung bài.</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Một bản xuất ghi chú vẫn đang được ghi.</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>the suggested name of an export file</comment>
        <translation>ghi-chu</translation>
    </message>
    <message>
        <source>Exporting notes to %1…</source>
        <translation>Đang xuất ghi chú ra %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n ghi chú vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes could not be exported</source>
        <translation>Không xuất được ghi chú</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Thời gian họp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Không có ghi chú.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the exported documents</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>The note could not be saved (%1).</source>
        <translation>Không lưu được ghi chú (%1).</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>Không lưu được ghi chú</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Comment:</source>
        <translation>Bình luận:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>các thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Your comment on the passage</source>
        <translation>Bình luận của bạn về đoạn này</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this note (Ctrl+Z brings it back)</source>
        <translation>Xóa ghi chú này (Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <source>Needs review: the article&apos;s text changed and this passage could not be found again with certainty. The note keeps the passage it was made on.</source>
        <translation>Cần xem lại: nội dung bài đã thay đổi và không thể tìm lại chắc chắn đoạn này. Ghi chú vẫn giữ đoạn trích ban đầu.</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Chưa mở bài nào.</translation>
    </message>
    <message>
        <source>No notes on this article yet. Select a passage and choose Add note (%1).</source>
        <translation>Bài này chưa có ghi chú. Hãy chọn một đoạn rồi chọn Thêm ghi chú (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on this article</source>
        <translation>
            <numerusform>%n ghi chú trong bài này</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>author</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>graphics</source>
        <translation>đồ họa</translation>
    </message>
    <message>
        <source>Choose an article from the list to read it.</source>
        <extracomment>a directive code&apos;s marks, and look-alikes a line never breaks at (one character each, so document positions stay clean-text offsets): &quot;26-HD/BTCTW&quot; stays on one line ... and back, for what is copied</extracomment>
        <translation>Chọn một bài viết trong danh sách để đọc.</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Nhân vật:</translation>
    </message>
    <message>
        <source>Provinces:</source>
        <translation>Tỉnh, thành:</translation>
    </message>
    <message>
        <source>show fewer</source>
        <translation>thu gọn</translation>
    </message>
    <message>
        <source>and %n other(s)</source>
        <translation>và %n người khác</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>và %n tỉnh, thành khác</translation>
    </message>
    <message>
        <source>Show only the articles naming this person</source>
        <translation>Chỉ hiện các bài nêu tên nhân vật này</translation>
    </message>
    <message>
        <source>Show only the articles naming this province</source>
        <translation>Chỉ hiện các bài nêu tên tỉnh, thành phố này</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Thời gian họp: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Ngày đăng: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <source>%1 (code inferred)</source>
        <translation>%1 (số hiệu được suy ra)</translation>
    </message>
</context>
<context>
    <name>ReanalysisController</name>
    <message>
        <source>Updating the analysis: %v of %m</source>
        <translation>Đang cập nhật phân tích: %v/%m bài</translation>
    </message>
    <message>
        <source>A newer analyser reads the articles again; notes follow their passages.</source>
        <translation>Bộ phân tích mới đang đọc lại các bài viết; ghi chú được giữ theo đoạn văn đã đánh dấu.</translation>
    </message>
    <message>
        <source>Linking directives: %v of %m</source>
        <translation>Đang liên kết văn bản: %v / %m</translation>
    </message>
    <message>
        <source>The directives the articles cite are linked again across the library.</source>
        <translation>Các văn bản mà bài viết trích dẫn được liên kết lại trong toàn thư viện.</translation>
    </message>
    <message numerus="yes">
        <source>The analysis of %n article(s) was updated.</source>
        <translation>
            <numerusform>Đã cập nhật phân tích cho %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis could not be updated: %1</source>
        <translation>Không thể cập nhật phân tích: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The library is damaged</source>
        <translation>Thư viện bị hỏng</translation>
    </message>
    <message>
        <source>If you open the backup or start a new library, the damaged file is kept, renamed to %1. Nothing is deleted.</source>
        <translation>Nếu bạn mở bản sao lưu hoặc tạo thư viện mới, tệp bị hỏng sẽ được giữ lại, đổi tên thành %1. Không có gì bị xóa.</translation>
    </message>
    <message>
        <source>The latest backup was made on %1:
%2</source>
        <translation>Bản sao lưu gần nhất được tạo ngày %1:
%2</translation>
    </message>
    <message>
        <source>There is no backup of this library yet.</source>
        <translation>Thư viện này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>Mở bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Tạo thư viện mới</translation>
    </message>
    <message>
        <source>Keep reading for now</source>
        <translation>Tạm thời đọc tiếp</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>RelatedArticlesModel</name>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Shared directives</source>
        <translation>Văn bản cùng dẫn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>%1 shared: %2</source>
        <translation>%1 văn bản chung: %2</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Next match</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>No matches in this article</source>
        <translation>Không tìm thấy trong bài viết này</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Kết quả %1/%2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next article</source>
        <translation>Bài viết tiếp theo</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Bài viết trước</translation>
    </message>
    <message>
        <source>Scroll the article down one screen</source>
        <translation>Cuộn bài viết xuống một màn hình</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Article list and reader</source>
        <translation>Danh sách bài viết và khung đọc</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
</context>
<context>
    <name>TimelineFeature</name>
    <message>
        <source>No directives in the library</source>
        <translation>Thư viện chưa có văn bản chỉ đạo nào</translation>
    </message>
    <message>
        <source>Directives (%1)…</source>
        <translation>Văn bản chỉ đạo (%1)…</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 dated, %4 undated</source>
        <translation>%1 – %2 · %3 bài có ngày, %4 bài không rõ ngày</translation>
    </message>
    <message>
        <source>Undated articles (%1)</source>
        <translation>Bài viết không rõ ngày (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Chia làn theo:</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Loại hội nghị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Phóng to (Ctrl+= hoặc con lăn chuột)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Xem toàn bộ</translation>
    </message>
    <message>
        <source>Show every dated article (Home)</source>
        <translation>Hiện mọi bài viết có ngày (Home)</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move in time; the wheel zooms around the pointer.</source>
        <translation>Kéo chuột hoặc dùng phím mũi tên để di chuyển theo thời gian; con lăn chuột phóng to quanh vị trí con trỏ.</translation>
    </message>
    <message>
        <source>Undated articles</source>
        <translation>Bài viết không rõ ngày</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Giao ban (briefings)</source>
        <extracomment>a timeline lane (a meeting&apos;s kind, or a level) -&gt; its name</extracomment>
        <translation>Giao ban</translation>
    </message>
    <message>
        <source>Sơ kết (reviews)</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <source>Tổng kết (annual)</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>National conferences</source>
        <translation>Hội nghị toàn quốc</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Provinces and cities</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>two years</source>
        <translation>hai năm</translation>
    </message>
    <message>
        <source>five years</source>
        <translation>năm năm</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>mười năm</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>Chưa có thư viện</translation>
    </message>
    <message>
        <source>No dated articles to show</source>
        <translation>Không có bài viết nào có ngày để hiển thị</translation>
    </message>
    <message>
        <source>Nothing in this period. Press Home to see everything.</source>
        <translation>Không có gì trong khoảng thời gian này. Nhấn Home để xem toàn bộ.</translation>
    </message>
    <message>
        <source>Directives issued</source>
        <translation>Văn bản ban hành</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Groups: one %1</source>
        <translation>Gộp nhóm: mỗi nhóm một %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>mới nhất</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>biết chính xác ngày</translation>
    </message>
    <message>
        <source>period (month, quarter, half-year, year)</source>
        <translation>khoảng thời gian (tháng, quý, 6 tháng, năm)</translation>
    </message>
    <message>
        <source>several articles: click to zoom in</source>
        <translation>nhiều bài viết: bấm để phóng to</translation>
    </message>
    <message>
        <source>directive issued</source>
        <translation>văn bản ban hành</translation>
    </message>
    <message>
        <source>latest article</source>
        <translation>bài viết mới nhất</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, ban hành %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Bấm để phóng to</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Bấm để liệt kê</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>no date</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>H1 %1</source>
        <comment>first half-year, short</comment>
        <translation>Nửa đầu %1</translation>
    </message>
    <message>
        <source>H2 %1</source>
        <comment>second half-year, short</comment>
        <translation>Nửa cuối %1</translation>
    </message>
    <message>
        <source>first half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>quarter %1/%2</source>
        <translation>quý %1/%2</translation>
    </message>
</context>
</TS>
