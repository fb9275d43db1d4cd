/** Arabic strings for code entry and resend (sign-in, email, phone). Draft for issue 15. */
export const verificationAr = {
  code: {
    submit: 'إرسال الرمز',
    sentEmail: 'أرسلنا رمزًا من 6 أرقام إلى {{email}}، وهو صالح لمدة 15 دقيقة.',
    sentPhone: 'أرسلنا رمزًا من 6 أرقام إلى \u2066{{phone}}\u2069، وهو صالح لمدة 15 دقيقة.',
    label: 'رمز من 6 أرقام',
    /** Submits the code on the sign-in page. */
    verify: 'تسجيل الدخول',
    verifying: 'جارٍ التحقق…',
    invalid: 'هذا الرمز غير صحيح أو منتهي الصلاحية أو سبق استخدامه. تحقّق منه، أو أرسل رمزًا جديدًا.',
    incomplete: 'أدخل الأرقام الستة كلها.',
    resend: 'إعادة الإرسال',
    /** "ث" abbreviates ثانية/ثوانٍ (like "s"), correct for any number. */
    resendIn: 'إعادة الإرسال بعد {{seconds}} ث',
    phrase: 'تعرض الرسالة عبارة الأمان هذه: {{phrase}}. لا تستخدم إلا رابطًا تعرض رسالته الكلمات نفسها.',
    phoneLabel: 'رقم الهاتف',
    phoneHint: 'مع رمز البلد، مثل \u2066+44 7700 900123\u2069.',
    phoneSent: 'تم إرسال الرمز إلى \u2066{{phone}}\u2069.',
  },
};
