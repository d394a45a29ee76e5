package ecopark.forwarding.service;

/** A province's package for a year as the national office sees it. */
public enum ReceiptStatus {
    /** 未报送: nothing sent (or nothing since the last return is counted as returned, see RETURNED). */
    MISSING,
    /** 已报送: sent on time. */
    RECEIVED,
    /** 逾期报送: sent after the provinces' deadline. */
    LATE,
    /** 已退回: the national office returned the latest version; the province has not sent again yet. */
    RETURNED;

    public String labelKey() {
        return "forwarding.receipt." + name();
    }
}
