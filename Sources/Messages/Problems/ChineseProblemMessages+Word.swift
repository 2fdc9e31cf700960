extension ChineseProblemMessages {
    func pandocMissing() -> String {
        "Word 文件需要用 pandoc 生成，但本机未安装 pandoc（PATH 中找不到）。请先安装："
            + "Debian 或 Ubuntu 上运行 'sudo apt install pandoc librsvg2-bin'，其他系统见 https://pandoc.org/installing.html，"
            + "然后重新导出。Markdown 格式的计划（--format md）无需安装其他程序。"
    }

    func pandocFailed(status: Int32, message: String) -> String {
        "pandoc 未能生成 Word 文件（退出状态 \(status)）"
            + (message.isEmpty ? "。" : "，提示如下：\n\(message)\n")
            + "可能是 pandoc 版本低于 2.11，请从 https://pandoc.org/installing.html 安装新版本。"
    }

    func wordWorkspace(reason: String) -> String {
        "无法准备 Word 文件：无法为 pandoc 创建临时文件夹（\(self.reason(reason))）。请检查临时文件夹（TMPDIR）是否可写或释放磁盘空间，然后重新导出。"
    }

    func wordToTerminal() -> String {
        "Word 文件无法在屏幕上显示。请指定文件名，例如 --output plan.docx。"
    }

    func timelineWithoutPNG() -> String {
        "提示：本机未安装 rsvg-convert，时间轴图片在 Word 文件中只有 SVG 格式；Word 2016 及以上版本可以显示，"
            + "LibreOffice 和较早的 Word 可能无法显示。安装后（Debian 或 Ubuntu：sudo apt install librsvg2-bin）重新导出即可附上 PNG 格式。"
    }

    func referenceDocumentMissing() -> String {
        "提示：找不到 data/pandoc/reference.docx，Word 文件将使用 pandoc 默认的纸张（US Letter）和字体，中文可能无法正常显示。"
    }
}
