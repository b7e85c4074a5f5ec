package org.silverbranch.orglife.dues;

/** How dues were paid: cash, WeChat Pay, Alipay, bank transfer, other. */
public enum PaymentMethod {
    CASH, WECHAT, ALIPAY, BANK_TRANSFER, OTHER
}
