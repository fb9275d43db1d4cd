/** Arabic strings for the Email page. Draft for issue 15. */
export const emailAr = {
  email: {
    title: 'البريد الإلكتروني',
    description: 'العنوان الذي تسجّل الدخول به وتصلك عليه رسائل الأمان.',
    current: 'عنوان بريدك الإلكتروني',
    none: 'لا يوجد عنوان بريد إلكتروني بعد. أضف عنوانًا لتسجيل الدخول بالبريد الإلكتروني ولاسترداد حسابك.',
    unverified: 'لم يتم التحقق من {{email}} بعد.',
    linkSentTo: 'أرسلنا رابط تحقق إلى {{email}}.',
    didNotGetIt: 'لم يصلك؟',
    sendLink: 'إرسال رابط تحقق',
    /** {{time}} is a countdown such as 0:59. */
    resendIn: 'إعادة الإرسال بعد {{time}}',
    useCode: 'استخدام رمز',
    codeSent: 'أرسلنا رمزًا من 6 أرقام إلى {{email}}، وهو صالح لمدة 15 دقيقة.',
    verifyCode: 'التحقق من البريد الإلكتروني',
    verified: 'تم التحقق من البريد الإلكتروني.',
    change: 'تغيير البريد الإلكتروني',
    changeShort: 'تغيير',
    add: 'إضافة بريد إلكتروني وكلمة مرور',
    newEmail: 'البريد الإلكتروني الجديد',
    save: 'حفظ البريد الإلكتروني',
  },
};
