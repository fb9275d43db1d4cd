/** Arabic strings for the Phone pages. Draft for issue 15. */
export const phoneAr = {
  phone: {
    title: 'الهاتف',
    description: 'يتيح لك رقم الهاتف تسجيل الدخول برسالة نصية وتأكيد هويتك.',
    current: 'رقم هاتفك',
    unverified: 'لم يتم التحقق من \u2066{{phone}}\u2069 بعد.',
    changeShort: 'تغيير',
    none: 'لا يوجد رقم هاتف بعد.',
    verify: 'إرسال رمز برسالة نصية للتحقق من الرقم',
    change: 'تغيير رقم الهاتف',
    add: 'إضافة رقم هاتف',
    newPhone: 'رقم الهاتف',
    save: 'حفظ وإرسال رمز برسالة نصية',
    verified: 'تم التحقق من الهاتف.',
    verifyPage: {
      title: 'التحقق من هاتفك',
      body: 'أكّد أن الرقم \u2066{{phone}}\u2069 خاص بك باستخدام رمز من 6 أرقام نرسله إليه برسالة نصية.',
      send: 'إرسال رمز برسالة نصية',
      noPhone: 'لا يوجد رقم هاتف في حسابك بعد.',
      alreadyVerified: 'تم التحقق من رقم هاتفك.',
    },
  },
};
